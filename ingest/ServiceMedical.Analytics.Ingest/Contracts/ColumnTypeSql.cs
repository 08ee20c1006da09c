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

    /// <summary>SQL turning the raw text <paramref name="raw"/> into the typed value, NULL when it does not parse.</summary>
    public static string Parse(ColumnType type, string raw)
    {
        var v = $"NULLIF(trim({raw}), '')";
        return type switch
        {
            ColumnType.Text => v,
            ColumnType.Code => $"lower({v})",
            // TRY_CAST alone would round "12.5" to 13: only plain digits are whole numbers.
            ColumnType.Integer => $"CASE WHEN regexp_full_match({v}, '[+-]?[0-9]{{1,18}}') THEN TRY_CAST({v} AS BIGINT) END",
            ColumnType.Decimal => $"TRY_CAST(replace({v}, ',', '.') AS DOUBLE)",
            ColumnType.Date => $"CAST(COALESCE(TRY_STRPTIME({v}, '%d/%m/%Y'), TRY_STRPTIME({v}, '%Y-%m-%d')) AS DATE)",
            ColumnType.Month => $"CAST(COALESCE(TRY_STRPTIME({v} || '-01', '%Y-%m-%d'), TRY_STRPTIME('01/' || {v}, '%d/%m/%Y')) AS DATE)",
            ColumnType.Boolean => $"CASE lower({v}) WHEN 'oui' THEN true WHEN 'o' THEN true WHEN 'true' THEN true WHEN '1' THEN true " +
                                  $"WHEN 'non' THEN false WHEN 'n' THEN false WHEN 'false' THEN false WHEN '0' THEN false END",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    public static string Describe(ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.Code => "code",
        ColumnType.Integer => "integer",
        ColumnType.Decimal => "decimal (`.` or `,`)",
        ColumnType.Date => "date (`dd/MM/yyyy` or `yyyy-MM-dd`)",
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
