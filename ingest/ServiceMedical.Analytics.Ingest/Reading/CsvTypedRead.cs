using System.Text.RegularExpressions;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// How DuckDB's <c>read_csv</c> can parse a file's values itself — the fast path for clean
/// extracts. Built from a sample of the first rows: every date column must use one format, every
/// decimal one separator. Whatever the sample cannot settle makes the plan unavailable, and the file
/// is staged as text instead. A value the typed read cannot parse makes DuckDB fail the read, which
/// also sends the file to staging, where the reject is named.
/// </summary>
public sealed partial class CsvTypedRead
{
    private const int SampleRows = 200;

    private CsvTypedRead(string? dateFormat, char decimalSeparator)
    {
        DateFormat = dateFormat;
        DecimalSeparator = decimalSeparator;
    }

    public string? DateFormat { get; }
    public char DecimalSeparator { get; }

    /// <summary>The plan for this file, or null when its sample mixes formats.</summary>
    public static CsvTypedRead? Plan(DatasetContract dataset, IReadOnlyDictionary<string, int> positions, IReadOnlyList<string[]> sample)
    {
        var dateFormats = new HashSet<string>(StringComparer.Ordinal);
        var separators = new HashSet<char>();
        foreach (var column in dataset.Columns.Where(c => positions[c.Name] >= 0))
        {
            var values = sample.Select(r => positions[column.Name] < r.Length ? r[positions[column.Name]].Trim() : "").Where(v => v.Length > 0);
            foreach (var value in values)
            {
                switch (column.Type)
                {
                    case ColumnType.Date:
                        dateFormats.Add(FrenchDate().IsMatch(value) ? "%d/%m/%Y" : IsoDate().IsMatch(value) ? "%Y-%m-%d" : "?");
                        break;
                    case ColumnType.Month:
                        dateFormats.Add(FrenchMonth().IsMatch(value) ? "%m/%Y" : IsoMonth().IsMatch(value) ? "%Y-%m" : "?");
                        break;
                    case ColumnType.Decimal when value.Contains(',', StringComparison.Ordinal):
                        separators.Add(',');
                        break;
                    case ColumnType.Decimal when value.Contains('.', StringComparison.Ordinal):
                        separators.Add('.');
                        break;
                }
            }
        }

        return dateFormats.Count > 1 || dateFormats.Contains("?") || separators.Count > 1
            ? null
            : new CsvTypedRead(dateFormats.SingleOrDefault(), separators.SingleOrDefault('.'));
    }

    public static int SampleSize => SampleRows;

    /// <summary>The type <c>read_csv</c> gives a column: text stays text (trimmed and checked in SQL), numbers and dates are parsed by the reader.</summary>
    public static string ReaderType(ColumnType type) => type switch
    {
        // Whole numbers are read as DOUBLE: DuckDB would round "12.5" into a BIGINT; the relation refuses a fraction.
        ColumnType.Integer or ColumnType.Decimal => "DOUBLE",
        ColumnType.Date or ColumnType.Month => "DATE",
        _ => "VARCHAR",
    };

    /// <summary>
    /// SQL for the value a column read with <see cref="ReaderType"/> is stored as, raising an error
    /// (so that the file is staged and the value named by its line) whenever the typed read cannot
    /// take it as it is: a whole number with a fraction, a boolean it does not know. Text and codes
    /// are taken as they are: a code outside its list fails the table's ENUM type, and padded or
    /// blank text is found once the rows are stored.
    /// </summary>
    public static string Typed(ColumnType type, string readerColumn) => type switch
    {
        // The same verdicts as staging's (ColumnTypeSql.Parse): whole, finite, read exactly.
        ColumnType.Integer => $"CASE WHEN {readerColumn} IS NULL THEN NULL WHEN {readerColumn} = trunc({readerColumn}) AND abs({readerColumn}) <= {ColumnTypeSql.LargestWholeNumber} " +
                              $"THEN CAST({readerColumn} AS BIGINT) ELSE {Refused} END",
        ColumnType.Decimal => $"CASE WHEN {readerColumn} IS NULL OR isfinite({readerColumn}) THEN {readerColumn} ELSE {Refused} END",
        ColumnType.Boolean => $"CASE WHEN NULLIF(trim({readerColumn}), '') IS NULL THEN NULL ELSE coalesce({ColumnTypeSql.Parse(type, readerColumn)}, {Refused}) END",
        _ => readerColumn,
    };

    private const string Refused = "error('valeur à relire en préparation')";

    public string Options()
    {
        var options = $"decimal_separator = '{(DecimalSeparator == ',' ? ',' : '.')}'";
        return DateFormat is null ? options : options + $", dateformat = '{DateFormat}'";
    }

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{2}/\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchMonth();

    [GeneratedRegex(@"^\d{4}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();
}
