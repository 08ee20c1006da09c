namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// When a file with rejected rows still loads. Above <see cref="MaxRejectedShare"/> of its rows
/// rejected, the file fails whole (nothing of it is kept but its rejects); at or below, its valid
/// rows load and the rejected ones wait in <c>load_rejects</c> with their reason.
/// <para>
/// A load keeps its first <see cref="KeptRejects"/> rejects (by line) row by row, and the count of all of them by
/// column and reason (<c>load_reject_counts</c>): a refused file of millions of bad rows needs its first
/// examples and its counts to be acted on, not millions of rows in the database.
/// </para>
/// <para>
/// A clean file of at most <see cref="KeyHashRows"/> rows has its keys compared by their hashes in memory (16 bytes a
/// row, see <c>KeyHashCollector</c>); a larger one by DuckDB's grouping, which spills to disk: memory does not grow with the file.
/// </para>
/// </summary>
public sealed record LoadPolicy(double MaxRejectedShare = 0.05, int KeptRejects = 10_000, long KeyHashRows = 8_000_000)
{
    public static LoadPolicy Default { get; } = new();

    /// <summary>Every row must pass, or the file fails.</summary>
    public static LoadPolicy Strict { get; } = new(0);

    public bool Accepts(long rowsRead, long rowsRejected) =>
        rowsRejected == 0 || (rowsRead > 0 && (double)rowsRejected / rowsRead <= MaxRejectedShare);
}
