using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>Loads every extract of a folder, datasets in dependency order (a contract's centre before the contract).</summary>
public sealed class InboxIngest(DuckDBConnection connection, LoadPolicy policy, TimeProvider time, Action<string, LoadPhase>? progress = null)
{
    public IReadOnlyList<LoadResult> LoadFolder(string folder, Action<LoadResult>? onLoaded = null)
    {
        var loader = new DatasetLoader(connection, policy, time, progress);
        var results = new List<LoadResult>();
        foreach (var path in OrderedFiles(folder))
        {
            var result = loader.Load(path);
            results.Add(result);
            onLoaded?.Invoke(result);
        }

        return results;
    }

    /// <summary>
    /// Every file of the folder but those still being written (<see cref="DatasetResolver.IsTemporary"/>), in load order:
    /// a file of another format is not skipped in silence, it is refused with its reason.
    /// </summary>
    public static IEnumerable<string> OrderedFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(p => !DatasetResolver.IsTemporary(Path.GetFileName(p)))
            .OrderBy(p => Rank(Path.GetFileName(p)))
            .ThenBy(p => Path.GetFileName(p), StringComparer.Ordinal);

    /// <summary>Position of the file's dataset in load order; FINESS extracts and unknown names sort by their guess.</summary>
    private static int Rank(string fileName)
    {
        var dataset = DatasetResolver.ByName(fileName);
        if (dataset is null)
        {
            // A FINESS extract is named by data.gouv.fr, not by us: load it with the centres.
            return fileName.StartsWith("etalab", StringComparison.OrdinalIgnoreCase) ? 1 : int.MaxValue;
        }

        return DataContracts.All.ToList().IndexOf(dataset);
    }
}
