namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// How a value damaged on its way is mended before it is checked and stored: <see cref="NeededSql"/>, over the parsed value
/// <c>{v}</c>, is true when the value needs mending and <see cref="MendedSql"/> is the mended value. Staging applies it;
/// the one-read load stages any file holding a value to mend, so a mended value gets the same verdict in either.
/// </summary>
public sealed record ColumnRepair(string NeededSql, string MendedSql, string Documentation)
{
    /// <summary>
    /// A code of digits that lost its leading zero in a spreadsheet (department <c>1</c> → <c>01</c>, FINESS of 8 digits → 9):
    /// one digit short of <paramref name="width"/>, a zero is put back. Only one: two missing would be a guess.
    /// </summary>
    public static ColumnRepair LeadingZero(int width) => new(
        // The pattern is only tested on values of the short length (none, in a clean file of millions of rows).
        // strlen counts bytes, cheaper than characters, and a string of digits has as many of both.
        $"strlen({{v}}) = {width - 1} AND regexp_full_match({{v}}, '[0-9]+')",
        "'0' || {v}",
        $"{width - 1} digits get their leading zero back (a spreadsheet dropped it)");

    /// <summary>SQL that is true when <paramref name="value"/> needs mending.</summary>
    public string NeededOn(string value) => NeededSql.Replace("{v}", value, StringComparison.Ordinal);

    /// <summary>SQL of <paramref name="value"/>, mended where it needs it.</summary>
    public string On(string value) => $"CASE WHEN {NeededOn(value)} THEN {MendedSql.Replace("{v}", value, StringComparison.Ordinal)} ELSE {value} END";
}
