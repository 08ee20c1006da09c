using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using Sylvan.Data.Csv;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Seeds the built-in reference tables: INSEE COG 2025 and the CQP programme lengths.</summary>
internal static class ReferenceData
{
    public static void Seed(DuckDBConnection connection)
    {
        if (Count(connection, "ref_regions") == 0)
        {
            using var appender = connection.CreateAppender("ref_regions");
            foreach (var region in CogReference.Regions)
            {
                appender.CreateRow().AppendValue(region.Code).AppendValue(region.Name).EndRow();
            }
        }

        if (Count(connection, "ref_departements") == 0)
        {
            using var appender = connection.CreateAppender("ref_departements");
            foreach (var department in CogReference.Departments)
            {
                appender.CreateRow().AppendValue(department.Code).AppendValue(department.Name).AppendValue(department.RegionCode).EndRow();
            }
        }

        if (Count(connection, "ref_cqp_programme") == 0)
        {
            using var appender = connection.CreateAppender("ref_cqp_programme");
            foreach (var (startsFrom, hours) in CqpProgramme.Lengths)
            {
                appender.CreateRow().AppendValue(startsFrom.ToDateTime(TimeOnly.MinValue)).AppendValue(hours).EndRow();
            }
        }
    }

    /// <summary>Rows of an embedded COG file (UTF-8, comma-separated, header row).</summary>
    public static IEnumerable<Dictionary<string, string>> ReadCog(string fileName)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = ',' });
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                row[csv.GetName(i)] = csv.GetString(i);
            }

            yield return row;
        }
    }

    private static long Count(DuckDBConnection connection, string table) => connection.ScalarLong($"SELECT count(*) FROM {table}");
}
