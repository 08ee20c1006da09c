namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// When a file with rejected rows still loads. Above <see cref="MaxRejectedShare"/> of its rows
/// rejected, the file fails whole (nothing of it is kept but its rejects); at or below, its valid
/// rows load and the rejected ones wait in <c>load_rejects</c> with their reason.
/// </summary>
public sealed record LoadPolicy(double MaxRejectedShare = 0.05)
{
    public static LoadPolicy Default { get; } = new();

    /// <summary>Every row must pass, or the file fails.</summary>
    public static LoadPolicy Strict { get; } = new(0);

    public bool Accepts(long rowsRead, long rowsRejected) =>
        rowsRejected == 0 || (rowsRead > 0 && (double)rowsRejected / rowsRead <= MaxRejectedShare);
}
