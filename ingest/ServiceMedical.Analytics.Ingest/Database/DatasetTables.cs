using System.Text;
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
            sql.Append(",\n    ").Append(column.Name).Append(' ').Append(ColumnTypeSql.StorageType(column.Type));
            if (column.Required)
            {
                sql.Append(" NOT NULL");
            }
        }

        return sql.Append("\n);\n").ToString();
    }
}
