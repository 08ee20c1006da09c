namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Where the keys protecting cookies and antiforgery tokens are kept (section <c>DataProtection</c>); nodes share them.</summary>
public sealed class KeyStorageOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>By default the folder <c>keys</c> beside the database.</summary>
    public string? KeysFolder { get; set; }

    public string FolderBeside(string databasePath) => KeysFolder is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "keys");
}
