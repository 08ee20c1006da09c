namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// The contract of one extract: its columns, key and rules. The DuckDB table, the validation SQL
/// and <c>docs/data-contracts.md</c> are all derived from it.
/// </summary>
public sealed record DatasetContract(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<ColumnContract> Columns,
    IReadOnlyList<string> Key,
    IReadOnlyList<RowRule> Rules)
{
    /// <summary>The DuckDB table holding the dataset: the dataset name itself.</summary>
    public string Table => Name;

    /// <summary>How the day its figures are complete to is known; a reference list unless said otherwise.</summary>
    public ExtractDating Dating { get; init; } = ExtractDating.Reference;

    public ColumnContract? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
