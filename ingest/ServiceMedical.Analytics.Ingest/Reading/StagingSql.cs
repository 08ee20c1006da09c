using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>Shared SQL for building the staging table; names come from the contract, positions from the header check.</summary>
internal static class StagingSql
{
    /// <summary>
    /// <c>SELECT</c> list taking each contract column from its position in the source (<c>#n</c>),
    /// so that no name read from a file is ever written into SQL.
    /// </summary>
    public static string SelectByPosition(DatasetContract dataset, IReadOnlyDictionary<string, int> positions, Func<int, string>? cast = null)
    {
        var sql = new StringBuilder();
        foreach (var column in dataset.Columns)
        {
            if (sql.Length > 0)
            {
                sql.Append(", ");
            }

            var position = positions[column.Name];
            var source = position < 0 ? "NULL" : cast?.Invoke(position) ?? $"#{(position + 1).ToString(CultureInfo.InvariantCulture)}";
            sql.Append("CAST(").Append(source).Append(" AS VARCHAR) AS ").Append(column.Name);
        }

        return sql.ToString();
    }

    /// <summary>Creates an empty <c>stg</c> with a line column, for readers that append rows themselves.</summary>
    public static void CreateEmpty(DuckDBConnection connection, DatasetContract dataset)
    {
        var sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE stg (__line BIGINT");
        foreach (var column in dataset.Columns)
        {
            sql.Append(", ").Append(column.Name).Append(" VARCHAR");
        }

        connection.Execute(sql.Append(')').ToString());
    }

    public static long CountRows(DuckDBConnection connection) => connection.ScalarLong("SELECT count(*) FROM stg");
}
