using System.Globalization;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>Writes rows (in contract column order) as CSV, XLSX or Parquet extracts.</summary>
internal static class ExtractWriter
{
    public static void Csv(string path, DatasetContract dataset, IEnumerable<object?[]> rows, ExtractStyle style)
    {
        using var writer = new StreamWriter(path, false, style.TextEncoder, 1 << 16) { NewLine = "\n" };
        writer.WriteLine(string.Join(style.Separator, dataset.Columns.Select(c => c.Name)));
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(style.Separator);
                }

                writer.Write(Quote(Format(row[i], dataset.Columns[i].Type, style.FrenchFormats), style.Separator));
            }

            writer.WriteLine();
        }
    }

    public static void Xlsx(string path, DatasetContract dataset, IEnumerable<object?[]> rows)
    {
        var sheet = rows.Select(row => dataset.Columns.Select((c, i) => (c.Name, Value: row[i] switch
        {
            DateOnly d => (object?)d.ToDateTime(TimeOnly.MinValue),
            bool b => b ? "oui" : "non",
            var v => v,
        })).ToDictionary(p => p.Name, p => p.Value));
        MiniExcel.SaveAs(path, sheet, overwriteFile: true);
    }

    /// <summary>Parquet through DuckDB: typed columns as the contract stores them (months as <c>yyyy-MM</c> text).</summary>
    public static long Parquet(string path, DatasetContract dataset, IEnumerable<object?[]> rows)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE extract (" + string.Join(", ", dataset.Columns.Select(c =>
                $"{c.Name} {(c.Type == ColumnType.Month ? "VARCHAR" : ColumnTypeSql.StorageType(c.Type))}")) + ")";
            command.ExecuteNonQuery();
        }

        long count = 0;
        using (var appender = connection.CreateAppender("extract"))
        {
            foreach (var row in rows)
            {
                var line = appender.CreateRow();
                for (var i = 0; i < row.Length; i++)
                {
                    line = row[i] switch
                    {
                        null => line.AppendNullValue(),
                        string s => line.AppendValue(s),
                        long l => line.AppendValue(l),
                        int n => line.AppendValue((long)n),
                        double d => line.AppendValue(d),
                        bool b => line.AppendValue(b),
                        DateOnly d when dataset.Columns[i].Type == ColumnType.Month => line.AppendValue(d.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                        DateOnly d => line.AppendValue(d.ToDateTime(TimeOnly.MinValue)),
                        var v => throw new InvalidOperationException($"No Parquet mapping for {v.GetType()}"),
                    };
                }

                line.EndRow();
                count++;
            }
        }

        using (var copy = connection.CreateCommand())
        {
            copy.CommandText = "COPY extract TO $path (FORMAT parquet, COMPRESSION zstd)";
            copy.Parameters.Add(new DuckDBParameter("path", path));
            copy.ExecuteNonQuery();
        }

        return count;
    }

    private static string Format(object? value, ColumnType type, bool french) => value switch
    {
        null => "",
        DateOnly d when type == ColumnType.Month => d.ToString(french ? "MM/yyyy" : "yyyy-MM", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString(french ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => french ? (b ? "oui" : "non") : (b ? "true" : "false"),
        double x => french ? x.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') : x.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
