using System.Collections.Concurrent;
using System.Reflection;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Reads SQL kept as embedded resources next to the code that runs it; fails loudly when one is missing.</summary>
public static class SqlResource
{
    private static readonly ConcurrentDictionary<(Assembly, string), string> s_cache = new();

    /// <summary>Loads <paramref name="fileName"/> (e.g. <c>registry.sql</c>) from the assembly of <typeparamref name="TAnchor"/>.</summary>
    public static string Load<TAnchor>(string fileName) => Load(typeof(TAnchor).Assembly, fileName);

    public static string Load(Assembly assembly, string fileName) =>
        s_cache.GetOrAdd((assembly, fileName), key =>
        {
            var name = key.Item1.GetManifestResourceNames()
                .SingleOrDefault(n => n.EndsWith("." + key.Item2, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"SQL resource '{key.Item2}' is not embedded in {key.Item1.GetName().Name}.");
            using var stream = key.Item1.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
}
