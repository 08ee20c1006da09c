using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// What a pass over a file's bytes tells: its encoding and its line count, then its SHA-256, which
/// <see cref="Sha256"/> delivers when a second thread has read the file through.
/// </summary>
public sealed record FileProbe(Task<string> Sha256, TextEncoding Encoding, long LineCount, long Length)
{
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// Returns once the encoding and the lines are known. SHA-256, the costliest part, cannot be
    /// split: it goes on reading the file on its own thread, so that a load need not wait for it
    /// before its own work (it must before committing).
    /// </summary>
    public static FileProbe Read(string path)
    {
        // A thread of its own, not the pool's: the load blocks on it, and a busy pool would delay it.
        var sha256 = Task.Factory.StartNew(() => HashContent(path), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var (encoding, lines, length) = Scan(path);
            return new FileProbe(sha256, encoding, lines, length);
        }
        catch
        {
            // The same failure (a file gone, unreadable) is the caller's to report, once.
            sha256.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }
    }

    private static string HashContent(string path)
    {
        using var stream = OpenSequential(path);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, BufferSize)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }

            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (TextEncoding Encoding, long Lines, long Length) Scan(string path)
    {
        using var stream = OpenSequential(path);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize + 4);
        try
        {
            var carried = 0;       // bytes of an incomplete UTF-8 sequence carried to the next chunk
            var validUtf8 = true;
            var bom = false;
            long newlines = 0, length = 0;
            byte last = 0;
            int read;
            var first = true;
            while ((read = stream.Read(buffer, carried, BufferSize)) > 0)
            {
                length += read;
                var chunk = buffer.AsSpan(0, carried + read);
                newlines += chunk[carried..].Count((byte)'\n');
                last = chunk[^1];
                if (first)
                {
                    bom = chunk.StartsWith("\uFEFF"u8);
                    first = false;
                }

                if (validUtf8)
                {
                    var complete = CompleteLength(chunk);
                    validUtf8 = Utf8.IsValid(chunk[..complete]);
                    carried = chunk.Length - complete;
                    chunk[complete..].CopyTo(buffer);
                }
                else
                {
                    carried = 0;
                }
            }

            validUtf8 &= carried == 0;
            var lines = length == 0 ? 0 : newlines + (last == (byte)'\n' ? 0 : 1);
            var encoding = !validUtf8 ? TextEncoding.Windows1252 : bom ? TextEncoding.Utf8WithBom : TextEncoding.Utf8;
            return (encoding, lines, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>Length of the prefix that ends on a whole UTF-8 sequence (at most 3 trailing bytes are held back).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> chunk)
    {
        for (var back = 1; back <= Math.Min(3, chunk.Length); back++)
        {
            var b = chunk[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: keep it back if its sequence is longer than what follows it.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? chunk.Length - back : chunk.Length;
            }
        }

        return chunk.Length;
    }
}
