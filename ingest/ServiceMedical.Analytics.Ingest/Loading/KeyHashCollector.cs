using System.Collections.Concurrent;
using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Reader;
using DuckDB.NET.Data.DataChunk.Writer;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// Gathers the key hash of every row the one-read insert writes, as the rows stream by, then tells
/// whether two rows may share a key. Sorting 64-bit hashes is several times cheaper than a distinct
/// count over the inserted rows, which was the costliest check of a clean load. Equal keys always
/// have equal hashes, so "no repeat" is exact; a hash collision can only report a repeat that is not
/// there, which costs a staged load (where repeats are counted on the keys themselves), never a
/// duplicate let through.
/// <para>
/// The insert calls the SQL function <c>sma_collect_key(hash, collector)</c>, which returns the
/// collector's load id, so that DuckDB must run it once for every row it writes. DuckDB calls it
/// from its worker threads: each call reserves its slice of the array, then fills it alone.
/// </para>
/// </summary>
internal sealed class KeyHashCollector : IDisposable
{
    public const string FunctionName = "sma_collect_key";

    private static readonly ConcurrentDictionary<long, KeyHashCollector> Active = new();
    private static readonly Lock Registering = new();
    private static long lastToken;

    private readonly ulong[] _hashes;
    private long _count;

    private KeyHashCollector(long loadId, long capacity)
    {
        LoadId = loadId;
        _hashes = new ulong[capacity];
        Token = Interlocked.Increment(ref lastToken);
        Active[Token] = this;
    }

    public long LoadId { get; }

    /// <summary>Names this collector in the SQL call (a parameter, never text in the query).</summary>
    public long Token { get; }

    /// <summary>Rows collected so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>A collector for at most <paramref name="capacity"/> rows, its function registered on the connection's database.</summary>
    public static KeyHashCollector Start(DuckDBConnection connection, long loadId, long capacity)
    {
        Register(connection);
        return new KeyHashCollector(loadId, capacity);
    }

    /// <summary>SQL of the load id column: collects <paramref name="keyHash"/> and yields the load id.</summary>
    public static string LoadIdExpression(string keyHash, string tokenParameter) => $"{FunctionName}({keyHash}, ${tokenParameter})";

    /// <summary>True when two collected hashes are equal.</summary>
    public bool MayHaveRepeatedKey()
    {
        var count = (int)Count;
        var hashes = _hashes.AsSpan(0, count);
        var half = count / 2;
        var scratch = new ulong[count];
        // Each core sorts one half; one merge-like pass then compares across the halves.
        Parallel.Invoke(
            () => RadixSort(_hashes.AsSpan(0, half), scratch.AsSpan(0, half)),
            () => RadixSort(_hashes.AsSpan(half, count - half), scratch.AsSpan(half, count - half)));
        return HasRepeat(hashes[..half]) || HasRepeat(hashes[half..]) || Intersect(hashes[..half], hashes[half..]);
    }

    public void Dispose() => Active.TryRemove(Token, out _);

    private static void Register(DuckDBConnection connection)
    {
        // A function lives in the database instance, which every connection to the file shares.
        lock (Registering)
        {
            if (connection.ScalarLong("SELECT count(*) FROM duckdb_functions() WHERE function_name = $name", ("name", FunctionName)) == 0)
            {
#pragma warning disable DuckDBNET001 // scalar functions are marked experimental in DuckDB.NET
                connection.RegisterScalarFunction<ulong, long, long>(FunctionName, Collect);
#pragma warning restore DuckDBNET001
            }
        }
    }

    private static void Collect(IReadOnlyList<IDuckDBDataReader> readers, IDuckDBDataWriter writer, ulong rowCount)
    {
        var collector = Active.TryGetValue(readers[1].GetValue<long>(0), out var found)
            ? found
            : throw new InvalidOperationException("Key hash collector already closed.");
        var rows = (long)rowCount;
        var start = Interlocked.Add(ref collector._count, rows) - rows;
        if (start + rows > collector._hashes.Length)
        {
            // More rows than the file has lines: the one-read load gives up and stages the file.
            throw new InvalidOperationException("More rows than lines in the file.");
        }

        var hashes = readers[0];
        for (ulong row = 0; row < rowCount; row++)
        {
            collector._hashes[start + (long)row] = hashes.GetValue<ulong>(row);
            writer.WriteValue(collector.LoadId, row);
        }
    }

    /// <summary>Least significant digit first, 16 bits a pass: four passes, so the result ends back in <paramref name="values"/>.</summary>
    private static void RadixSort(Span<ulong> values, Span<ulong> scratch)
    {
        var counts = new int[(1 << 16) + 1];
        var from = values;
        var to = scratch;
        for (var shift = 0; shift < 64; shift += 16)
        {
            Array.Clear(counts);
            foreach (var value in from)
            {
                counts[(int)((value >> shift) & 0xFFFF) + 1]++;
            }

            for (var i = 1; i < counts.Length; i++)
            {
                counts[i] += counts[i - 1];
            }

            foreach (var value in from)
            {
                to[counts[(int)((value >> shift) & 0xFFFF)]++] = value;
            }

            var sorted = to;
            to = from;
            from = sorted;
        }
    }

    private static bool HasRepeat(ReadOnlySpan<ulong> sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Intersect(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                return true;
            }

            if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
