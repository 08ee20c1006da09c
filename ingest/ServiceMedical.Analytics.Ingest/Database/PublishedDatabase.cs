using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// Reads the latest published snapshot, read-only. Each <see cref="Connect"/> checks the pointer (one file
/// status), so a new snapshot is used by the next query while queries under way finish on the old one: a
/// query never sees part of a refresh. One connection per snapshot is kept open so that DuckDB keeps that
/// database instance (and its cache) alive between queries; it is let go when a newer snapshot comes.
/// </summary>
public sealed class PublishedDatabase(DatabaseOptions options) : IDisposable
{
    private readonly DatabaseSnapshots _snapshots = new(options);
    private readonly Lock _switching = new();
    private DuckDBConnection? _anchor;
    private string? _path;
    private DateTime _pointerSeen;

    public DatabaseSnapshots Snapshots => _snapshots;

    /// <summary>The snapshot's file, or null before the first publication.</summary>
    public string? CurrentPath
    {
        get
        {
            Refresh();
            return _path;
        }
    }

    /// <summary>True when the latest snapshot was written with an older schema than this code reads (or none exists).</summary>
    public bool IsOutdated()
    {
        if (CurrentPath is null)
        {
            return true;
        }

        using var connection = Connect();
        return AnalyticsDatabase.VersionOf(connection) < AnalyticsDatabase.SchemaVersion;
    }

    /// <summary>A read-only connection on the latest snapshot; dispose it after use.</summary>
    public DuckDBConnection Connect()
    {
        Refresh();
        var path = _path ?? throw new InvalidOperationException(
            $"Aucune donnée publiée dans {_snapshots.Folder} : lancez un chargement (tâche « boîte de dépôt » ou commande ingest).");
        var connection = new DuckDBConnection(ConnectionString(path));
        connection.Open();
        return connection;
    }

    private string ConnectionString(string path) => $"Data Source={path};ACCESS_MODE=READ_ONLY;memory_limit={AnalyticsDatabase.MemoryLimitValue(options.MemoryLimit)}";

    private void Refresh()
    {
        var changed = _snapshots.PointerChanged();
        if (changed == _pointerSeen && _path is not null)
        {
            return;
        }

        lock (_switching)
        {
            if (changed == _pointerSeen && _path is not null)
            {
                return;
            }

            var path = _snapshots.Current();
            if (path is not null && path != _path)
            {
                var anchor = new DuckDBConnection(ConnectionString(path));
                anchor.Open();
                var previous = _anchor;
                (_anchor, _path) = (anchor, path);
                previous?.Dispose();
            }

            _pointerSeen = changed;
        }
    }

    public void Dispose()
    {
        lock (_switching)
        {
            _anchor?.Dispose();
            _anchor = null;
        }
    }
}
