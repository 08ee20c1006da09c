using System.Text;
using System.Text.RegularExpressions;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>One check of a staged row: SQL that is true when the row breaks it.</summary>
internal sealed record StagedCheck(string Column, string FailsWhen, string Reason);

/// <summary>
/// Turns a dataset contract into SQL over the staging table <c>stg</c>. Column names, rules and
/// reasons are constants of the contracts; values read from files are only ever data.
/// </summary>
internal static partial class ValidationSql
{
    public const string MissingReason = "valeur obligatoire manquante";

    public static string Raw(string column) => $"stg.{column}";

    public static string Typed(ColumnContract column) => ColumnTypeSql.Parse(column.Type, Raw(column.Name));

    public static IReadOnlyList<StagedCheck> Checks(DatasetContract dataset)
    {
        var checks = new List<StagedCheck>();
        foreach (var column in dataset.Columns)
        {
            var present = $"NULLIF(trim({Raw(column.Name)}), '') IS NOT NULL";
            var typed = Typed(column);
            if (column.Required)
            {
                checks.Add(new(column.Name, $"NOT ({present})", MissingReason));
            }

            if (column.Type is not (ColumnType.Text or ColumnType.Code))
            {
                checks.Add(new(column.Name, $"{present} AND {typed} IS NULL", ColumnTypeSql.TypeError(column.Type)));
            }

            foreach (var check in column.Checks)
            {
                checks.Add(new(column.Name, $"{typed} IS NOT NULL AND ({check.FailsWhen.Replace("{v}", typed, StringComparison.Ordinal)})", check.Reason));
            }
        }

        foreach (var rule in dataset.Rules)
        {
            checks.Add(new(rule.Column, RowRuleSql(dataset, rule), rule.Reason));
        }

        return checks;
    }

    /// <summary>Replaces each <c>{column}</c> with its typed value and, unless the rule is about missing values, guards it with IS NOT NULL.</summary>
    public static string RowRuleSql(DatasetContract dataset, RowRule rule)
    {
        var columns = Placeholder().Matches(rule.FailsWhen).Select(m => m.Groups[1].Value).Distinct().ToList();
        var body = Placeholder().Replace(rule.FailsWhen, m => Typed(ColumnOf(dataset, m.Groups[1].Value)));
        var guard = rule.AppliesToMissing
            ? ""
            : string.Concat(columns.Select(c => $"{Typed(ColumnOf(dataset, c))} IS NOT NULL AND "));
        return $"COALESCE({guard}({body}), false)";
    }

    /// <summary>The query that writes every broken check of every staged row into <c>stg_rejects</c>.</summary>
    public static string RejectsQuery(DatasetContract dataset, string lineExpression)
    {
        var checks = Checks(dataset);
        var flags = string.Join(", ", checks.Select((c, i) => $"({c.FailsWhen}) AS f{i}"));
        var any = string.Join(" OR ", checks.Select(c => $"({c.FailsWhen})"));
        var raw = string.Join(", ", dataset.Columns.Select(c => Raw(c.Name) + " AS " + c.Name));
        var sql = new StringBuilder();
        // MATERIALIZED: the expensive scan runs once; only the (few) broken rows are then split by check.
        sql.Append("CREATE OR REPLACE TEMP TABLE stg_rejects AS WITH flagged AS MATERIALIZED (SELECT ")
           .Append(lineExpression).Append(" AS line, ").Append(raw).Append(", ").Append(flags)
           .Append(" FROM stg WHERE ").Append(any).Append(")\n");
        for (var i = 0; i < checks.Count; i++)
        {
            if (i > 0)
            {
                sql.Append("\nUNION ALL ");
            }

            sql.Append("SELECT line, ").Append(Literal(checks[i].Column)).Append(" AS column_name, ")
               .Append(checks[i].Column).Append(" AS value, ").Append(Literal(checks[i].Reason))
               .Append(" AS reason FROM flagged WHERE f").Append(i);
        }

        return sql.ToString();
    }

    public static string KeyList(DatasetContract dataset) =>
        string.Join(", ", dataset.Key.Select(k => Typed(ColumnOf(dataset, k))));

    public static string KeyNotNull(DatasetContract dataset) =>
        string.Join(" AND ", dataset.Key.Select(k => $"{Typed(ColumnOf(dataset, k))} IS NOT NULL"));

    public static string HasDuplicateKeysQuery(DatasetContract dataset) =>
        $"SELECT count(*) FROM (SELECT 1 FROM stg WHERE {KeyNotNull(dataset)} GROUP BY {KeyList(dataset)} HAVING count(*) > 1)";

    /// <summary>Every row whose key an earlier line of the file already holds.</summary>
    public static string DuplicateKeyRejectsQuery(DatasetContract dataset, string lineExpression)
    {
        var first = dataset.Key[0];
        return "INSERT INTO stg_rejects SELECT line, " + Literal(first) + ", value, " +
               "'clé en double (" + string.Join(", ", dataset.Key) + ") : déjà présente ligne ' || first_line FROM (" +
               $"SELECT {lineExpression} AS line, {Raw(first)} AS value, min({lineExpression}) OVER (PARTITION BY {KeyList(dataset)}) AS first_line " +
               $"FROM stg WHERE {KeyNotNull(dataset)}) WHERE line > first_line";
    }

    public static string InsertAcceptedQuery(DatasetContract dataset, string lineExpression, bool anyRejects)
    {
        var typed = string.Join(", ", dataset.Columns.Select(Typed));
        var where = anyRejects ? $" WHERE {lineExpression} NOT IN (SELECT line FROM stg_rejects)" : "";
        return $"INSERT INTO {dataset.Table} (load_id, {string.Join(", ", dataset.Columns.Select(c => c.Name))}) SELECT $load_id, {typed} FROM stg{where}";
    }

    /// <summary>Removes rows that the accepted rows of this file replace (same key).</summary>
    public static string DeleteReplacedQuery(DatasetContract dataset, string lineExpression, bool anyRejects)
    {
        var keys = string.Join(", ", dataset.Key.Select(k => $"{Typed(ColumnOf(dataset, k))} AS {k}"));
        var where = anyRejects ? $" WHERE {lineExpression} NOT IN (SELECT line FROM stg_rejects)" : "";
        var match = string.Join(" AND ", dataset.Key.Select(k => $"t.{k} = s.{k}"));
        return $"DELETE FROM {dataset.Table} t USING (SELECT {keys} FROM stg{where}) s WHERE {match}";
    }

    private static ColumnContract ColumnOf(DatasetContract dataset, string name) =>
        dataset.Column(name) ?? throw new InvalidOperationException($"Rule of '{dataset.Name}' names unknown column '{name}'.");

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
