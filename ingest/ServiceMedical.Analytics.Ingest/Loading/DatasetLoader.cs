using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Reading;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// Loads one file into its dataset table in a single transaction: either the file's accepted rows,
/// its rejects and its registry entry are committed together, or nothing of the dataset changes.
/// A process killed mid-load leaves its registry row 'running', which the next open marks 'interrupted'.
/// <para>
/// A clean CSV extract — the nightly norm — loads in one read: DuckDB's <c>read_csv</c> feeds an
/// insert of every row, the stored rows are checked and their keys compared, and if nothing is
/// wrong the load commits. Otherwise it rolls back and the file is staged, so that each reject
/// can be named by its line; other formats are always staged.
/// </para>
/// <para>
/// The file's SHA-256 is computed on another thread while it loads; a content that a succeeded load
/// already brought is found before commit, and the load then leaves nothing behind, not even its
/// registry row.
/// </para>
/// </summary>
public sealed class DatasetLoader(DuckDBConnection connection, LoadPolicy policy, TimeProvider time, Action<string, LoadPhase>? progress = null)
{
    public LoadResult Load(string path)
    {
        var fileName = Path.GetFileName(path);
        // Committed on its own: a load cut off by a kill leaves a trace. The file's SHA-256 is computed while the
        // load runs, and a content already loaded is found before anything commits (see FindLoaded).
        var loadId = StartLoad(fileName);
        FileProbe? probe = null;
        DatasetContract? dataset = null;
        StagedFile? staged = null;
        DateOnly? extractDate = null;
        try
        {
            probe = FileProbe.Read(path);
            (dataset, var format) = DatasetResolver.Resolve(path, probe);
            extractDate = DeclaredExtractDate(fileName);
            progress?.Invoke(fileName, LoadPhase.Reading);
            if (format is FileFormat.Csv or FileFormat.FinessExtract)
            {
                CheckText(fileName, probe);
            }

            if (format == FileFormat.Csv)
            {
                using var source = CsvSource.Open(path, fileName, dataset, probe);
                if (TryLoadInOnePass(loadId, fileName, dataset, source, probe, extractDate) is { } loaded)
                {
                    return loaded;
                }

                staged = CsvStager.Stage(connection, source, fileName, dataset, probe);
            }
            else
            {
                staged = Stage(path, fileName, dataset, format, probe);
            }

            return LoadStaged(loadId, fileName, staged, probe, extractDate);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever a reader throws, the file is refused with a reason, its registry row is closed and the next file loads.
            if (probe is not null && FindLoaded(fileName, probe) is { } previous)
            {
                return Forget(loadId, previous);
            }

            var message = ReadFailure.Describe(fileName, e);
            EndLoad(loadId, probe, dataset?.Name, staged?.Format, staged?.Encoding, staged?.Rows ?? 0, 0, 0, "failed", message, extractDate);
            return new LoadResult(fileName, dataset?.Name, LoadStatus.Failed, staged?.Rows ?? 0, 0, 0, message, loadId);
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
        _ => ParquetStager.Stage(connection, path, fileName, dataset),
    };

    /// <summary>A text file the loader cannot read as it is: UTF-16, or nothing in it but blank lines.</summary>
    private static void CheckText(string fileName, FileProbe probe)
    {
        if (probe.LooksUtf16)
        {
            throw new IngestException(fileName, "encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel) ou en Windows-1252");
        }

        if (probe.IsBlank)
        {
            throw new IngestException(fileName, "fichier vide : aucune ligne d'en-tête");
        }
    }

    /// <summary>
    /// The one-read load of a clean CSV; null (and nothing changed) when the file is not clean.
    /// The insert takes every row, raising on any value the typed read or the table's types refuse;
    /// the rows are then checked as stored and their keys compared (<see cref="KeyHashCollector"/>).
    /// </summary>
    private LoadResult? TryLoadInOnePass(long loadId, string fileName, DatasetContract dataset, CsvSource source, FileProbe probe, DateOnly? extractDate)
    {
        var records = probe.LineCount - 1;
        var relation = source.TypedRelation(dataset);
        if (relation is null || records <= 0)
        {
            return null;
        }

        // Past LoadPolicy.KeyHashRows the hashes would hold more memory than DuckDB's own grouping, which spills.
        using var keys = records <= policy.KeyHashRows ? KeyHashCollector.Start(connection, loadId, records) : null;
        using var transaction = connection.BeginTransaction();
        // Asked before the insert: rows of this load are not there yet to be scanned past.
        var replacesRows = HasRows(dataset);
        progress?.Invoke(fileName, LoadPhase.Writing);
        long inserted;
        try
        {
            // Row order does not matter here (no line numbers): let DuckDB insert in parallel.
            Run("SET preserve_insertion_order = false");
            inserted = keys is null
                ? Execute(ValidationSql.InsertQuery(dataset, relation, null), ("path", source.ReadablePath), ("load_id", loadId))
                : Execute(ValidationSql.InsertQuery(dataset, relation, null, KeyHashCollector.LoadIdExpression(ValidationSql.KeyHash(dataset), "collector")),
                    ("path", source.ReadablePath), ("collector", keys.Token));
        }
        catch (DuckDBException)
        {
            // A value to refuse, or a malformed file: staging will say where.
            transaction.Rollback();
            return null;
        }
        finally
        {
            Run("RESET preserve_insertion_order");
        }

        if (inserted != records
            || (keys is not null && keys.Count != records)
            || Scalar(ValidationSql.CountStoredRowFailuresQuery(dataset), ("load_id", loadId), ("today", LastPossibleDay(extractDate))) > 0
            || (keys?.MayHaveRepeatedKey() ?? Scalar(ValidationSql.HasDuplicateKeysQuery(dataset, ValidationSql.StoredRows(dataset)), ("load_id", loadId)) > 0))
        {
            transaction.Rollback();
            return null;
        }

        if (FindLoaded(fileName, probe) is { } previous)
        {
            transaction.Rollback();
            return Forget(loadId, previous);
        }

        ReplaceOlderRows(dataset, loadId, replacesRows);
        var format = CsvStager.Format(source);
        EndLoad(loadId, probe, dataset.Name, format, probe.Encoding.Label(), records, records, 0, "succeeded", null, extractDate);
        transaction.Commit();
        return new LoadResult(fileName, dataset.Name, LoadStatus.Succeeded, records, records, 0, null, loadId);
    }

    private LoadResult LoadStaged(long loadId, string fileName, StagedFile staged, FileProbe probe, DateOnly? extractDate)
    {
        var dataset = staged.Dataset;
        var relation = ValidationSql.Checked(dataset, StagedFile.Table, staged.LineExpression, c => $"stg.{c.Name}");
        progress?.Invoke(fileName, LoadPhase.Validating);
        Execute(ValidationSql.RejectsQuery(dataset, relation), ("today", LastPossibleDay(extractDate)));
        if (Scalar(ValidationSql.HasDuplicateKeysQuery(dataset, relation)) > 0)
        {
            Execute(ValidationSql.DuplicateKeyRejectsQuery(dataset, relation));
        }

        var rejected = Scalar(SqlResource.Load<DatasetLoader>("count-rejected-lines.sql"));
        var accepted = staged.Rows - rejected;
        var succeeded = policy.Accepts(staged.Rows, rejected);
        if (FindLoaded(fileName, probe) is { } previous)
        {
            return Forget(loadId, previous);
        }

        using var transaction = connection.BeginTransaction();
        progress?.Invoke(fileName, LoadPhase.Writing);
        if (succeeded && accepted > 0)
        {
            var replacesRows = HasRows(dataset);
            Execute(ValidationSql.InsertQuery(dataset, relation, rejected > 0 ? "chk.__line NOT IN (SELECT line FROM stg_rejects)" : null), ("load_id", loadId));
            ReplaceOlderRows(dataset, loadId, replacesRows);
        }

        Execute(SqlResource.Load<DatasetLoader>("keep-rejects.sql"), ("load_id", loadId), ("file_name", fileName), ("kept", policy.KeptRejects));
        Execute(SqlResource.Load<DatasetLoader>("count-rejects.sql"), ("load_id", loadId), ("file_name", fileName));
        var message = succeeded
            ? null
            : $"{fileName} : {rejected.ToString(CultureInfo.InvariantCulture)} lignes rejetées sur {staged.Rows.ToString(CultureInfo.InvariantCulture)}, " +
              $"au-delà du seuil de {(policy.MaxRejectedShare * 100).ToString("0.##", CultureInfo.InvariantCulture)} % : fichier refusé " +
              $"(voir les rejets du chargement n° {loadId.ToString(CultureInfo.InvariantCulture)})";
        EndLoad(loadId, probe, dataset.Name, staged.Format, staged.Encoding, staged.Rows, succeeded ? accepted : 0, rejected, succeeded ? "succeeded" : "failed", message, extractDate);
        transaction.Commit();
        return new LoadResult(fileName, dataset.Name, succeeded ? LoadStatus.Succeeded : LoadStatus.Failed,
            staged.Rows, succeeded ? accepted : 0, rejected, message, loadId);
    }

    /// <summary>
    /// Whether the table holds rows of earlier loads, which rows of this load with the same key then
    /// replace (<see cref="ValidationSql.DeleteReplacedQuery"/>).
    /// </summary>
    private bool HasRows(DatasetContract dataset) => Scalar($"SELECT count(*) FROM (SELECT 1 FROM {dataset.Table} LIMIT 1)") > 0;

    /// <summary>Rows of earlier loads with a key this load brings are replaced by it.</summary>
    private void ReplaceOlderRows(DatasetContract dataset, long loadId, bool tableHadRows)
    {
        if (tableHadRows)
        {
            Execute(ValidationSql.DeleteReplacedQuery(dataset), ("load_id", loadId));
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// The extract date the file name declares (see <see cref="ExtractDateOfFile"/>); a date that does not exist or
    /// is after the day of the load refuses the file.
    /// </summary>
    private DateOnly? DeclaredExtractDate(string fileName)
    {
        DateOnly? declared;
        try
        {
            declared = ExtractDateOfFile.Parse(fileName);
        }
        catch (FormatException e)
        {
            throw new IngestException(fileName, e.Message);
        }

        return declared > Today()
            ? throw new IngestException(fileName, $"date d'extraction du nom de fichier postérieure au jour du chargement ({declared.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})")
            : declared;
    }

    /// <summary>The last day an event of the file may carry: the extract date it declares, else the day of the load.</summary>
    private DateTime LastPossibleDay(DateOnly? extractDate) =>
        (extractDate is { } declared && declared < Today() ? declared : Today()).ToDateTime(TimeOnly.MinValue);

    /// <summary>
    /// The succeeded load that already brought this content (same SHA-256), as this file's result;
    /// null when there is none. Waits for the SHA-256 if it is still being computed.
    /// </summary>
    private LoadResult? FindLoaded(string fileName, FileProbe probe)
    {
        if (ContentHash(probe) is not { } sha256)
        {
            return null;
        }

        using var command = Command(SqlResource.Load<DatasetLoader>("find-loaded.sql"), ("sha256", sha256));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var previous = reader.GetInt64(0);
        return new LoadResult(fileName, reader.IsDBNull(1) ? null : reader.GetString(1), LoadStatus.AlreadyLoaded,
            reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), $"contenu identique au chargement n° {previous}", previous);
    }

    /// <summary>Drops this load's registry row (outside any transaction), as if the content had been skipped at once.</summary>
    private LoadResult Forget(long loadId, LoadResult previous)
    {
        Execute(SqlResource.Load<DatasetLoader>("forget-load.sql"), ("load_id", loadId));
        return previous;
    }

    /// <summary>The file's SHA-256; null when the file could not be read through (the load then fails on its own).</summary>
    private static string? ContentHash(FileProbe probe)
    {
        try
        {
            return probe.Sha256.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private long StartLoad(string fileName) =>
        Scalar(SqlResource.Load<DatasetLoader>("start-load.sql"), ("file_name", fileName), ("now", time.GetUtcNow().UtcDateTime));

    private void EndLoad(long loadId, FileProbe? probe, string? dataset, string? format, string? encoding, long read, long accepted, long rejected, string status,
        string? message, DateOnly? extractDate) =>
        Execute(SqlResource.Load<DatasetLoader>("end-load.sql"),
            ("load_id", loadId), ("sha256", probe is null ? null : ContentHash(probe)), ("dataset", dataset), ("file_format", format), ("encoding", encoding),
            ("rows_read", read), ("rows_accepted", accepted), ("rows_rejected", rejected), ("status", status), ("error_message", message),
            ("now", time.GetUtcNow().UtcDateTime), ("extract_date", extractDate?.ToDateTime(TimeOnly.MinValue)));

    private void Run(string sql) => connection.Execute(sql);

    private long Execute(string sql, params (string Name, object? Value)[] parameters) => connection.Execute(sql, parameters);

    private long Scalar(string sql, params (string Name, object? Value)[] parameters) => connection.ScalarLong(sql, parameters);

    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters) => connection.Command(sql, parameters);
}
