namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>How each <see cref="ColumnType"/> is parsed and stored in DuckDB.</summary>
public static class ColumnTypeSql
{
    /// <summary>
    /// The type of a column in its dataset table. A code column with a closed list is an ENUM: one
    /// byte per row instead of a string, which makes loads and scans cheaper, and the table itself
    /// refuses any other value. Codes are in ordinal order, so that sorting an ENUM (by position)
    /// sorts as text would.
    /// </summary>
    public static string StorageType(ColumnContract column) =>
        column is { Type: ColumnType.Code, Codes: { } codes }
            ? "ENUM(" + string.Join(", ", codes.Order(StringComparer.Ordinal).Select(c => "'" + c.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")"
            : StorageType(column.Type);

    /// <summary>The type of a value of <paramref name="type"/> outside the dataset tables (staging, extracts).</summary>
    public static string StorageType(ColumnType type) => type switch
    {
        ColumnType.Text or ColumnType.Code => "VARCHAR",
        ColumnType.Integer => "BIGINT",
        ColumnType.Decimal => "DOUBLE",
        ColumnType.Date or ColumnType.Month => "DATE",
        ColumnType.Boolean => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The largest whole number read exactly through a DOUBLE (2^53 − 1): beyond it a number would change on the way in.</summary>
    public const string LargestWholeNumber = "9007199254740991";

    /// <summary>
    /// SQL turning the raw text <paramref name="raw"/> into the typed value, NULL when it does not parse. Numbers read as
    /// DuckDB reads a DOUBLE (a point or a comma, an exponent, <c>1_000</c>), so that a value gets the same verdict in the
    /// one-read load of a clean file (<see cref="Reading.CsvTypedRead"/>) and in staging, whatever the other rows: a whole
    /// number is one whose value is whole (<c>1234.0</c>, <c>1e3</c> as spreadsheets write them); infinities, NaN and
    /// numbers too large to read exactly are not numbers. A date may carry a time of midnight (<c>2019-09-02 00:00:00</c>).
    /// </summary>
    public static string Parse(ColumnType type, string raw)
    {
        var v = $"NULLIF(trim({raw}), '')";
        var number = $"TRY_CAST(replace({v}, ',', '.') AS DOUBLE)";
        return type switch
        {
            ColumnType.Text => v,
            ColumnType.Code => $"lower({v})",
            // TRY_CAST to BIGINT would round "12.5" to 13: a whole number is one whose value is whole.
            ColumnType.Integer => $"CASE WHEN {number} = trunc({number}) AND abs({number}) <= {LargestWholeNumber} THEN CAST({number} AS BIGINT) END",
            ColumnType.Decimal => $"CASE WHEN isfinite({number}) THEN {number} END",
            ColumnType.Date => $"CAST(COALESCE(TRY_STRPTIME({v}, '%d/%m/%Y'), TRY_STRPTIME({v}, '%Y-%m-%d'), {Midnight(v)}) AS DATE)",
            ColumnType.Month => $"CAST(COALESCE(TRY_STRPTIME({v} || '-01', '%Y-%m-%d'), TRY_STRPTIME('01/' || {v}, '%d/%m/%Y')) AS DATE)",
            ColumnType.Boolean => $"CASE lower({v}) WHEN 'oui' THEN true WHEN 'o' THEN true WHEN 'true' THEN true WHEN '1' THEN true " +
                                  $"WHEN 'non' THEN false WHEN 'n' THEN false WHEN 'false' THEN false WHEN '0' THEN false END",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>A date written with a time of midnight, as spreadsheets export dates; NULL for another time.</summary>
    private static string Midnight(string v)
    {
        var stamp = $"COALESCE(TRY_STRPTIME({v}, '%Y-%m-%d %H:%M:%S'), TRY_STRPTIME({v}, '%Y-%m-%d %H:%M'), " +
                    $"TRY_STRPTIME({v}, '%d/%m/%Y %H:%M:%S'), TRY_STRPTIME({v}, '%d/%m/%Y %H:%M'))";
        return $"CASE WHEN {stamp} = date_trunc('day', {stamp}) THEN {stamp} END";
    }

    public static string Describe(ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.Code => "code",
        ColumnType.Integer => "integer (a whole value: `1234`, `1234.0` and `1e3` are whole)",
        ColumnType.Decimal => "decimal (`.` or `,`)",
        ColumnType.Date => "date (`dd/MM/yyyy` or `yyyy-MM-dd`, a time of midnight allowed)",
        ColumnType.Month => "month (`yyyy-MM` or `MM/yyyy`)",
        ColumnType.Boolean => "boolean (`oui`/`non`, `1`/`0`, `true`/`false`)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string TypeError(ColumnType type) => type switch
    {
        ColumnType.Integer => "nombre entier attendu",
        ColumnType.Decimal => "nombre décimal attendu",
        ColumnType.Date => "date attendue (jj/mm/aaaa ou aaaa-mm-jj)",
        ColumnType.Month => "mois attendu (aaaa-mm ou mm/aaaa)",
        ColumnType.Boolean => "booléen attendu (oui/non)",
        _ => "valeur illisible",
    };
}
