namespace ServiceMedical.Analytics.Ingest.Loading;

public enum LoadStatus
{
    Succeeded,
    Failed,
    /// <summary>The same content (SHA-256) was already loaded: nothing changed.</summary>
    AlreadyLoaded,
}

/// <summary>The outcome of loading one file.</summary>
public sealed record LoadResult(
    string FileName,
    string? Dataset,
    LoadStatus Status,
    long RowsRead,
    long RowsAccepted,
    long RowsRejected,
    string? Message,
    long? LoadId)
{
    public string StatusLabel => Status switch
    {
        LoadStatus.Succeeded => "chargé",
        LoadStatus.AlreadyLoaded => "déjà chargé",
        _ => "échec",
    };
}
