using System.Text;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// DDL of the dataset tables, derived from the contracts so that the table and the contract can
/// never disagree (this is why it is generated rather than kept in a .sql file).
/// </summary>
internal static class DatasetTables
{
    public static string CreateTable(DatasetContract dataset)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE IF NOT EXISTS ").Append(dataset.Table).Append(" (\n    load_id BIGINT NOT NULL");
        foreach (var column in dataset.Columns)
        {
            sql.Append(",\n    ").Append(column.Name).Append(' ').Append(ColumnTypeSql.StorageType(column));
            if (column.Required)
            {
                sql.Append(" NOT NULL");
            }
        }

        return sql.Append("\n);\n").ToString();
    }

    /// <summary>
    /// Brings the column types of a table written by an earlier version to the contract's (schema 4
    /// stores code columns as ENUM). The rows already passed the contract's checks, so they convert.
    /// </summary>
    public static void AlignColumnTypes(DuckDBConnection connection, DatasetContract dataset)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.Command(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $table",
            ("table", dataset.Table)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                current[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var column in dataset.Columns)
        {
            var expected = ColumnTypeSql.StorageType(column);
            if (current.TryGetValue(column.Name, out var actual) && !string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                connection.Execute($"ALTER TABLE {dataset.Table} ALTER COLUMN {column.Name} SET DATA TYPE {expected}");
            }
        }
    }
}
