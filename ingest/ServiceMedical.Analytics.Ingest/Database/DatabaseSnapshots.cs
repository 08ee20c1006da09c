using System.Globalization;
using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// Read-only copies of the working database that readers use. DuckDB lets one process write a file, and a
/// file being written cannot be read by another process; so the writer (a job, or the command line) changes
/// the working file, then publishes a copy: written under a temporary name, renamed, and only then named by
/// the <c>current</c> pointer, itself replaced by a rename. A reader therefore sees the previous snapshot or
/// the new one whole, never a half-written one, and several processes (web nodes) can read at once.
/// </summary>
public sealed class DatabaseSnapshots(DatabaseOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Snapshots kept besides the current one, for readers still busy on an older one.</summary>
    private const int KeptPrevious = 2;

    /// <summary>By default beside the working file and named after it (<c>servicemedical.snapshots</c>), so two databases in one folder keep apart.</summary>
    public string Folder { get; } = options.SnapshotFolder
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Path)) ?? ".", Path.GetFileNameWithoutExtension(options.Path) + ".snapshots");

    private string Pointer => Path.Combine(Folder, "current");

    /// <summary>The published snapshot readers should open, or null when none was published yet.</summary>
    public string? Current()
    {
        try
        {
            var name = File.ReadAllText(Pointer).Trim();
            return name.Length == 0 ? null : Path.Combine(Folder, name);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>When the pointer last changed: readers compare it to notice a new snapshot without reading the file.</summary>
    public DateTime PointerChanged() => File.GetLastWriteTimeUtc(Pointer);

    /// <summary>
    /// Publishes the working database open on <paramref name="working"/>. The caller holds the writer lock and
    /// has committed its changes: the checkpoint then leaves the whole database in the main file, which is
    /// copied while the connection (and so DuckDB's file lock) is still held.
    /// </summary>
    public string Publish(DuckDBConnection working, string reason)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        working.Execute(SqlResource.Load<DatabaseSnapshots>("publish.sql"), ("reason", reason), ("now", now));
        working.Execute("CHECKPOINT");
        Directory.CreateDirectory(Folder);
        var name = $"snapshot-{now.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}.duckdb";
        var path = Path.Combine(Folder, name);
        File.Copy(Path.GetFullPath(working.DataSource), path + ".tmp");
        File.Move(path + ".tmp", path);
        var pointer = Pointer + ".tmp";
        File.WriteAllText(pointer, name);
        File.Move(pointer, Pointer, overwrite: true);
        RemoveOld(name);
        return path;
    }

    /// <summary>
    /// Deletes snapshots older than the few kept. On Linux a reader that still has one open keeps reading it
    /// (the file goes when it closes); elsewhere a delete that fails is left for the next publication.
    /// </summary>
    private void RemoveOld(string current)
    {
        var old = Directory.EnumerateFiles(Folder, "snapshot-*.duckdb*")
            .Where(p => Path.GetFileName(p) != current)
            .OrderByDescending(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Skip(KeptPrevious);
        foreach (var path in old)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Still open on a platform that forbids deleting open files: next time.
            }
        }
    }
}
