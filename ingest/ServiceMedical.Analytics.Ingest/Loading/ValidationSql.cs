using System.Text;
using System.Text.RegularExpressions;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// One check of a row: SQL over the checked relation that is true when the row breaks it.
/// <see cref="OnTypedValues"/>: the check reads typed values only, so it can also run on the rows as
/// stored; checks of missing values and of types read the raw text, which a table no longer has.
/// </summary>
internal sealed record RowCheck(string Column, string FailsWhen, string Reason, bool OnTypedValues = true)
{
    /// <summary>The check reads another table (a reference, the COG, the programme lengths).</summary>
    public bool LooksUp => FailsWhen.Contains("SELECT", StringComparison.Ordinal);
}

/// <summary>
/// Turns a dataset contract into SQL. Every query reads a <i>checked relation</i> built over a
/// source (the staging table, or <c>read_csv</c> directly): per contract column, <c>r_col</c> is the
/// raw text (NULL when blank) and <c>col</c> the typed value. Column names, rules and reasons are
/// constants of the contracts; values read from files are only ever data. The relation is aliased
/// <c>chk</c> and checks name its columns through the alias, so that a subquery on another table
/// (<c>postes_recrutement t WHERE t.identifiant_poste = chk.identifiant_poste</c>) cannot capture them.
/// </summary>
internal static partial class ValidationSql
{
    public const string MissingReason = "valeur obligatoire manquante";

    /// <summary>
    /// The checked relation over <paramref name="source"/>, whose columns are the contract columns in
    /// VARCHAR (taken with <paramref name="sourceColumn"/>), with <paramref name="line"/> as <c>__line</c>.
    /// </summary>
    public static string Checked(DatasetContract dataset, string source, string line, Func<ColumnContract, string> sourceColumn)
    {
        var raw = string.Join(", ", dataset.Columns.Select(c => $"NULLIF(trim({sourceColumn(c)}), '') AS r_{c.Name}"));
        var typed = string.Join(", ", dataset.Columns.Select(c => $"{c.Stored(ColumnTypeSql.Parse(c.Type, "r_" + c.Name))} AS {c.Name}"));
        return $"(SELECT *, {typed} FROM (SELECT {line} AS __line, {raw} FROM {source})) chk";
    }

    public static IReadOnlyList<RowCheck> Checks(DatasetContract dataset)
    {
        var checks = new List<RowCheck>();
        foreach (var column in dataset.Columns)
        {
            if (column.Required)
            {
                checks.Add(new(column.Name, $"chk.r_{column.Name} IS NULL", MissingReason, OnTypedValues: false));
            }

            if (column.Type is not (ColumnType.Text or ColumnType.Code))
            {
                checks.Add(new(column.Name, $"chk.r_{column.Name} IS NOT NULL AND chk.{column.Name} IS NULL", ColumnTypeSql.TypeError(column.Type), OnTypedValues: false));
            }

            foreach (var check in column.Checks)
            {
                checks.Add(new(column.Name, $"chk.{column.Name} IS NOT NULL AND ({check.FailsWhen.Replace("{v}", "chk." + column.Name, StringComparison.Ordinal)})", check.Reason));
            }
        }

        foreach (var rule in dataset.Rules)
        {
            checks.Add(new(rule.Column, RowRuleSql(dataset, rule), rule.Reason));
        }

        return checks;
    }

    /// <summary>
    /// Replaces each <c>{column}</c> with the typed column and, unless the rule is about missing values,
    /// guards it with IS NOT NULL. The result may be NULL, which means the rule does not apply: checks
    /// are read with IS TRUE.
    /// </summary>
    public static string RowRuleSql(DatasetContract dataset, RowRule rule)
    {
        var columns = Placeholder().Matches(rule.FailsWhen).Select(m => "chk." + ColumnOf(dataset, m.Groups[1].Value).Name).Distinct().ToList();
        var body = Placeholder().Replace(rule.FailsWhen, m => "chk." + ColumnOf(dataset, m.Groups[1].Value).Name);
        var guard = rule.AppliesToMissing ? "" : string.Concat(columns.Select(c => $"{c} IS NOT NULL AND "));
        return $"{guard}({body})";
    }

    /// <summary>True when a row of the checked relation breaks any check.</summary>
    public static string AnyCheckFails(DatasetContract dataset) => AnyOf(Checks(dataset));

    /// <summary>
    /// Counts the rows of load <c>$load_id</c>, as the one-read insert stored them, that break a check
    /// on typed values (value checks, rules, look-ups) or hold text that staging would have changed
    /// (blank or padded text, a code outside a closed list's lower case). Run once the rows are in:
    /// the table's own NOT NULL constraints, ENUM types and the typed read have refused the rest, and
    /// a scan of stored (compressed) rows is far cheaper than a filter inside the insert.
    /// </summary>
    public static string CountStoredRowFailuresQuery(DatasetContract dataset)
    {
        var checks = Checks(dataset).Where(c => c.OnTypedValues).Concat(dataset.Columns.Select(StoredTextCheck).OfType<RowCheck>()).ToList();
        var rows = StoredRows(dataset);
        // Each look-up counted on its own, under a plain WHERE: DuckDB then applies the check's
        // guards (a beneficiary type, say) before the join, instead of joining every row.
        var counts = checks.Where(c => c.LooksUp).Select(c => $"(SELECT count(*) FROM {rows} WHERE {c.FailsWhen})")
            .Prepend($"(SELECT count(*) FROM {rows} WHERE {AnyOf(checks.Where(c => !c.LooksUp))})");
        return "SELECT " + string.Join(" + ", counts);
    }

    /// <summary>The rows load <c>$load_id</c> stored, as the checked relation <c>chk</c>.</summary>
    public static string StoredRows(DatasetContract dataset) => $"(SELECT * FROM {dataset.Table} WHERE load_id = $load_id) chk";

    /// <summary>
    /// Staging trims text, lower-cases codes and mends damaged codes (<see cref="ColumnRepair"/>): a stored value that
    /// differs from that is not clean. The one-read insert stores values as read, so a clean file pays for none of it.
    /// </summary>
    private static RowCheck? StoredTextCheck(ColumnContract column)
    {
        if (column.Type is not (ColumnType.Text or ColumnType.Code) || ColumnTypeSql.StorageType(column) != "VARCHAR")
        {
            return null;
        }

        var v = "chk." + column.Name;
        var lowerCase = column.Type == ColumnType.Code ? $" OR {v} <> lower({v})" : "";
        var mended = column.Repair is { } repair ? $" OR ({repair.NeededOn(v)})" : "";
        return new RowCheck(column.Name, $"{v} = '' OR starts_with({v}, ' ') OR ends_with({v}, ' '){lowerCase}{mended}", "");
    }

    private static string AnyOf(IEnumerable<RowCheck> checks)
    {
        var list = checks.Select(c => $"({c.FailsWhen})").ToList();
        return list.Count == 0 ? "false" : "(" + string.Join(" OR ", list) + ") IS TRUE";
    }

    /// <summary>Writes every broken check of every row of <paramref name="checkedRelation"/> into <c>stg_rejects</c>.</summary>
    public static string RejectsQuery(DatasetContract dataset, string checkedRelation)
    {
        var checks = Checks(dataset);
        var flags = string.Join(", ", checks.Select((c, i) => $"({c.FailsWhen}) IS TRUE AS f{i}"));
        var sql = new StringBuilder();
        // MATERIALIZED: the scan runs once; only the (few) broken rows are then split by check.
        sql.Append("CREATE OR REPLACE TEMP TABLE stg_rejects AS WITH flagged AS MATERIALIZED (SELECT chk.*, ").Append(flags)
           .Append(" FROM ").Append(checkedRelation).Append(" WHERE ").Append(AnyCheckFails(dataset)).Append(")\n");
        for (var i = 0; i < checks.Count; i++)
        {
            if (i > 0)
            {
                sql.Append("\nUNION ALL ");
            }

            sql.Append("SELECT __line AS line, ").Append(Literal(checks[i].Column)).Append(" AS column_name, r_")
               .Append(checks[i].Column).Append(" AS value, ").Append(Literal(checks[i].Reason))
               .Append(" AS reason FROM flagged WHERE f").Append(i);
        }

        return sql.ToString();
    }

    public static string KeyList(DatasetContract dataset) => string.Join(", ", dataset.Key);

    public static string KeyNotNull(DatasetContract dataset) => string.Join(" AND ", dataset.Key.Select(k => $"{k} IS NOT NULL"));

    public static string HasDuplicateKeysQuery(DatasetContract dataset, string relation) =>
        $"SELECT count(*) FROM (SELECT 1 FROM {relation} WHERE {KeyNotNull(dataset)} GROUP BY {KeyList(dataset)} HAVING count(*) > 1)";

    /// <summary>
    /// Every row whose key an earlier line of the file already holds. The first line of each repeated key is found by a
    /// grouping, then joined back: unlike a window over the key, neither holds a whole partition of millions of
    /// identical rows in memory, and both spill to disk past DuckDB's memory limit.
    /// </summary>
    public static string DuplicateKeyRejectsQuery(DatasetContract dataset, string checkedRelation)
    {
        // The value shown is the whole key as written, in the order the reason names its columns.
        var keyText = $"concat_ws(', ', {string.Join(", ", dataset.Key.Select(k => "r_" + k))})";
        var keyed = $"(SELECT __line, {keyText} AS key_text, {KeyList(dataset)} FROM {checkedRelation} WHERE {KeyNotNull(dataset)})";
        var sameKey = string.Join(" AND ", dataset.Key.Select(k => $"r.{k} = f.{k}"));
        return "INSERT INTO stg_rejects WITH keyed AS MATERIALIZED " + keyed + ", " +
               $"firsts AS (SELECT {KeyList(dataset)}, min(__line) AS first_line FROM keyed GROUP BY ALL HAVING count(*) > 1) " +
               $"SELECT r.__line, {Literal(dataset.Key[0])}, r.key_text, " +
               $"'clé en double ({string.Join(", ", dataset.Key)}) : déjà présente ligne ' || f.first_line " +
               $"FROM keyed r JOIN firsts f ON {sameKey} WHERE r.__line > f.first_line";
    }

    /// <summary>
    /// Inserts the rows of <paramref name="checkedRelation"/> that <paramref name="where"/> keeps, with
    /// <paramref name="loadId"/> as their load id.
    /// </summary>
    public static string InsertQuery(DatasetContract dataset, string checkedRelation, string? where, string loadId = "$load_id")
    {
        var columns = string.Join(", ", dataset.Columns.Select(c => c.Name));
        return $"INSERT INTO {dataset.Table} (load_id, {columns}) SELECT {loadId}, {columns} FROM {checkedRelation}{(where is null ? "" : " WHERE " + where)}";
    }

    /// <summary>SQL of the hash of a row's key in the checked relation.</summary>
    public static string KeyHash(DatasetContract dataset) => $"hash({string.Join(", ", dataset.Key.Select(k => "chk." + k))})";

    /// <summary>
    /// Removes older rows that this load's rows replace: those with the same key; for a dataset of snapshots, every row
    /// of the snapshots this load brings (a snapshot's extract is the whole list of its day).
    /// </summary>
    public static string DeleteReplacedQuery(DatasetContract dataset)
    {
        var match = dataset.Dating.Timing == DatasetTiming.Snapshot
            ? $"n.{dataset.Dating.Columns[0]} = t.{dataset.Dating.Columns[0]}"
            : string.Join(" AND ", dataset.Key.Select(k => $"n.{k} = t.{k}"));
        return $"DELETE FROM {dataset.Table} t WHERE t.load_id <> $load_id AND EXISTS (SELECT 1 FROM {dataset.Table} n WHERE n.load_id = $load_id AND {match})";
    }

    private static ColumnContract ColumnOf(DatasetContract dataset, string name) =>
        dataset.Column(name) ?? throw new InvalidOperationException($"Rule of '{dataset.Name}' names unknown column '{name}'.");

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
