using System.ComponentModel;
using Microsoft.Extensions.Logging;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Scheduling.Inbox;

/// <summary>
/// Loads the files dropped in the inbox. A loaded file goes to the archive (by day), a refused one to the
/// refused folder with a report beside it. Exactly once: files are listed again under the writer lock (a file
/// another node took is gone), and a file moves only after its load committed; if the process dies between
/// the two, the next run finds the same content already in the load registry and only archives it. One file's
/// trouble never stops the others, and what the run loaded is published whatever happened to the rest.
/// </summary>
public sealed partial class InboxJob(WorkingDatabase database, SchedulingOptions options, LoadPolicy policy, TimeProvider time, ILogger<InboxJob>? logger = null)
{
    /// <summary>The scheduled entry point; its summary is kept with the job's outcome.</summary>
    [DisplayName("Boîte de dépôt : chargement des fichiers déposés")]
    public string Run() => Load().ToString();

    public InboxReport Load()
    {
        Directory.CreateDirectory(options.InboxFolder);
        if (!InboxIngest.OrderedFiles(options.InboxFolder).Any())
        {
            return new InboxReport([]);
        }

        return database.Change("boîte de dépôt", connection =>
        {
            var loader = new DatasetLoader(connection, policy, time);
            var files = new List<InboxFile>();
            foreach (var path in InboxIngest.OrderedFiles(options.InboxFolder).Where(File.Exists))
            {
                try
                {
                    if (logger is not null)
                    {
                        LogLoading(logger, Path.GetFileName(path));
                    }

                    var result = loader.Load(path);
                    files.Add(result.Status == LoadStatus.Failed
                        ? Refuse(path, result, connection)
                        : Archive(path, result));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The file could not be moved (the folder full, its rights changed): it stays in the inbox, what was loaded stays loaded.
                    if (logger is not null)
                    {
                        LogNotMoved(logger, Path.GetFileName(path), e.Message);
                    }

                    files.Add(new InboxFile(Path.GetFileName(path), InboxOutcome.Refused, 0, 0, path, $"fichier laissé dans la boîte de dépôt : {e.Message}"));
                }
            }

            return new InboxReport(files);
        }, report => report.Files.Count > 0);
    }

    private InboxFile Archive(string path, LoadResult result)
    {
        var folder = Path.Combine(options.ArchiveFolder, time.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var target = MoveTo(path, folder);
        var outcome = result.Status == LoadStatus.Succeeded ? InboxOutcome.Loaded : InboxOutcome.AlreadyLoaded;
        return new InboxFile(result.FileName, outcome, result.RowsAccepted, result.RowsRejected, target, result.Message);
    }

    private InboxFile Refuse(string path, LoadResult result, DuckDB.NET.Data.DuckDBConnection connection)
    {
        var target = MoveTo(path, options.RefusedFolder);
        RefusalReport.Write(target + RefusalReport.Suffix, result, connection, time.GetLocalNow());
        return new InboxFile(result.FileName, InboxOutcome.Refused, 0, result.RowsRejected, target, result.Message);
    }

    /// <summary>Moves the file into the folder, never over an earlier file of the same name (a time prefix tells them apart).</summary>
    private string MoveTo(string path, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        if (File.Exists(target))
        {
            target = Path.Combine(folder, $"{time.GetLocalNow():HHmmss-fff}-{Path.GetFileName(path)}");
        }

        File.Move(path, target);
        return target;
    }

    [LoggerMessage(2, LogLevel.Information, "Boîte de dépôt : chargement de {File}")]
    private static partial void LogLoading(ILogger logger, string file);

    [LoggerMessage(1, LogLevel.Warning, "Boîte de dépôt : {File} n'a pu être déplacé ({Reason}) ; il reste dans la boîte de dépôt.")]
    private static partial void LogNotMoved(ILogger logger, string file, string reason);
}
