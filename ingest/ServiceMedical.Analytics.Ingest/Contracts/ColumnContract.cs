namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>One column of a dataset as an extract carries it.</summary>
public sealed record ColumnContract(
    string Name,
    ColumnType Type,
    bool Required,
    string Description,
    params ValueCheck[] Checks)
{
    /// <summary>The closed list of codes of a code column; null when the column has none.</summary>
    public IReadOnlyList<string>? Codes => Checks.Select(c => c.Codes).SingleOrDefault(c => c is not null);
}
