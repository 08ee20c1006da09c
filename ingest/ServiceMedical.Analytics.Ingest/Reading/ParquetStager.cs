using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>Stages a Parquet file with DuckDB's own reader; typed values are turned back into contract text.</summary>
public static class ParquetStager
{
    public static StagedFile Stage(DuckDBConnection connection, string path, string fileName, DatasetContract dataset)
    {
        var (header, types) = Describe(connection, path, fileName);
        var positions = HeaderMapping.Map(fileName, dataset, header);
        // Timestamps become dates: a contract date column carries no time of day.
        var select = StagingSql.SelectByPosition(dataset, positions, position =>
        {
            var reference = $"#{(position + 1).ToString(CultureInfo.InvariantCulture)}";
            return types[position].StartsWith("TIMESTAMP", StringComparison.Ordinal) ? $"CAST({reference} AS DATE)" : reference;
        });
        connection.Execute(
            $"CREATE OR REPLACE TEMP TABLE stg AS SELECT file_row_number + 1 AS __line, {select} " +
            "FROM read_parquet($path, file_row_number = true)", ("path", path));
        return new StagedFile(dataset, "parquet", "parquet", "stg.__line", StagingSql.CountRows(connection));
    }

    private static (List<string> Names, List<string> Types) Describe(DuckDBConnection connection, string path, string fileName)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($path))";
            command.Parameters.Add(new DuckDBParameter("path", path));
            using var reader = command.ExecuteReader();
            var (names, types) = (new List<string>(), new List<string>());
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
                types.Add(reader.GetString(1));
            }

            return (names, types);
        }
        catch (DuckDBException e)
        {
            throw new IngestException(fileName, "fichier Parquet illisible : tronqué, endommagé ou d'un autre format" +
                $" ({ReadFailure.Clean(e.Message.Split('\n')[0])})");
        }
    }
}
