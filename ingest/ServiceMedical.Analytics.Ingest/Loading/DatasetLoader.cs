using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Reading;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// Loads one file into its dataset table: stage, validate, then write in a single transaction.
/// Either the file's accepted rows, its rejects and its registry entry are committed together, or
/// nothing of the dataset changes. A process killed mid-load leaves its registry row 'running',
/// which the next open marks 'interrupted'.
/// </summary>
public sealed class DatasetLoader(DuckDBConnection connection, LoadPolicy policy, TimeProvider time, Action<string, LoadPhase>? progress = null)
{
    public LoadResult Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var probe = FileProbe.Read(path);
        var previous = FindLoaded(probe.Sha256);
        if (previous is not null)
        {
            return previous with { FileName = fileName, Status = LoadStatus.AlreadyLoaded, Message = $"contenu identique au chargement n° {previous.LoadId}" };
        }

        var loadId = StartLoad(fileName, probe.Sha256);
        StagedFile? staged = null;
        try
        {
            var (dataset, format) = DatasetResolver.Resolve(path, probe);
            progress?.Invoke(fileName, LoadPhase.Reading);
            staged = Stage(path, fileName, dataset, format, probe);
            return Validate(loadId, fileName, staged);
        }
        catch (Exception e) when (e is IngestException or DuckDBException or IOException or InvalidDataException)
        {
            var message = e is IngestException ? e.Message : $"{fileName} : {e.Message.Split('\n')[0]}";
            EndLoad(loadId, staged, 0, 0, "failed", message);
            return new LoadResult(fileName, staged?.Dataset.Name, LoadStatus.Failed, staged?.Rows ?? 0, 0, 0, message, loadId);
        }
        finally
        {
            Run("DROP TABLE IF EXISTS stg; DROP TABLE IF EXISTS stg_rejects;");
        }
    }

    private StagedFile Stage(string path, string fileName, DatasetContract dataset, FileFormat format, FileProbe probe) => format switch
    {
        FileFormat.FinessExtract => FinessExtractStager.Stage(connection, path, fileName, probe),
        FileFormat.Xlsx => XlsxStager.Stage(connection, path, fileName, dataset),
        FileFormat.Parquet => ParquetStager.Stage(connection, path, fileName, dataset),
        _ => CsvStager.Stage(connection, path, fileName, dataset, probe),
    };

    private LoadResult Validate(long loadId, string fileName, StagedFile staged)
    {
        var dataset = staged.Dataset;
        progress?.Invoke(fileName, LoadPhase.Validating);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime).ToDateTime(TimeOnly.MinValue);
        Run(ValidationSql.RejectsQuery(dataset, staged.LineExpression), ("today", today));
        if (Scalar(ValidationSql.HasDuplicateKeysQuery(dataset)) > 0)
        {
            Run(ValidationSql.DuplicateKeyRejectsQuery(dataset, staged.LineExpression));
        }

        var rejected = Scalar(SqlResource.Load<DatasetLoader>("count-rejected-lines.sql"));
        var accepted = staged.Rows - rejected;
        var succeeded = policy.Accepts(staged.Rows, rejected);
        using var transaction = connection.BeginTransaction();
        progress?.Invoke(fileName, LoadPhase.Writing);
        if (succeeded && accepted > 0)
        {
            if (Scalar($"SELECT count(*) FROM (SELECT 1 FROM {dataset.Table} LIMIT 1)") > 0)
            {
                Run(ValidationSql.DeleteReplacedQuery(dataset, staged.LineExpression, rejected > 0));
            }

            Run(ValidationSql.InsertAcceptedQuery(dataset, staged.LineExpression, rejected > 0), ("load_id", loadId));
        }

        Run(SqlResource.Load<DatasetLoader>("keep-rejects.sql"), ("load_id", loadId), ("file_name", fileName));
        var message = succeeded
            ? null
            : $"{fileName} : {rejected.ToString(CultureInfo.InvariantCulture)} lignes rejetées sur {staged.Rows.ToString(CultureInfo.InvariantCulture)}, " +
              $"au-delà du seuil de {(policy.MaxRejectedShare * 100).ToString("0.##", CultureInfo.InvariantCulture)} % : fichier refusé (voir load_rejects)";
        EndLoad(loadId, staged, succeeded ? accepted : 0, rejected, succeeded ? "succeeded" : "failed", message);
        transaction.Commit();
        return new LoadResult(fileName, dataset.Name, succeeded ? LoadStatus.Succeeded : LoadStatus.Failed,
            staged.Rows, succeeded ? accepted : 0, rejected, message, loadId);
    }

    private LoadResult? FindLoaded(string sha256)
    {
        using var command = Command(SqlResource.Load<DatasetLoader>("find-loaded.sql"), ("sha256", sha256));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LoadResult("", reader.IsDBNull(1) ? null : reader.GetString(1), LoadStatus.AlreadyLoaded,
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), null, reader.GetInt64(0))
            : null;
    }

    private long StartLoad(string fileName, string sha256) =>
        Scalar(SqlResource.Load<DatasetLoader>("start-load.sql"), ("file_name", fileName), ("sha256", sha256));

    private void EndLoad(long loadId, StagedFile? staged, long accepted, long rejected, string status, string? message) =>
        Run(SqlResource.Load<DatasetLoader>("end-load.sql"),
            ("load_id", loadId), ("dataset", staged?.Dataset.Name), ("file_format", staged?.Format), ("encoding", staged?.Encoding),
            ("rows_read", staged?.Rows ?? 0), ("rows_accepted", accepted), ("rows_rejected", rejected),
            ("status", status), ("error_message", message));

    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        return command;
    }
}
