namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// How a value damaged on its way is mended before it is checked and stored: SQL over the parsed value <c>{v}</c>.
/// Both ways of loading a file apply it, so a mended value gets the same verdict in either.
/// </summary>
public sealed record ColumnRepair(string Sql, string Documentation)
{
    /// <summary>
    /// A code of digits that lost its leading zero in a spreadsheet (department <c>1</c> → <c>01</c>, FINESS of 8 digits → 9):
    /// one digit short of <paramref name="width"/>, a zero is put back. Only one: two missing would be a guess.
    /// </summary>
    public static ColumnRepair LeadingZero(int width) => new(
        // Nested CASE: the pattern is only tested on values of the short length (none, in a clean file of millions of rows).
        $"CASE WHEN length({{v}}) <> {width - 1} THEN {{v}} WHEN regexp_full_match({{v}}, '[0-9]+') THEN '0' || {{v}} ELSE {{v}} END",
        $"{width - 1} digits get their leading zero back (a spreadsheet dropped it)");

    /// <summary>The SQL applied to <paramref name="value"/>.</summary>
    public string On(string value) => Sql.Replace("{v}", value, StringComparison.Ordinal);
}
