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

    /// <summary>How a value damaged on its way is mended before its checks; none for most columns.</summary>
    public ColumnRepair? Repair { get; init; }

    /// <summary>SQL of the value stored from the parsed <paramref name="value"/>: mended when the column says how.</summary>
    public string Stored(string value) => Repair?.On(value) ?? value;
}
