using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// What a pass over a file's bytes tells: its encoding, its lines and how they end, and where its content ends
/// (blank lines at the end are not content); then its SHA-256, which <see cref="Sha256"/> delivers when a second
/// thread has read the file through. <see cref="LineCount"/> counts the lines up to <see cref="ContentLength"/>.
/// </summary>
public sealed record FileProbe(Task<string> Sha256, TextEncoding Encoding, long LineCount, long Length)
{
    private const int BufferSize = 1 << 20;
    private const int TailSize = 1 << 16;

    /// <summary>The file starts with a UTF-16 byte-order mark, or holds NUL bytes as UTF-16 text does: not a text the loader reads.</summary>
    public bool LooksUtf16 { get; init; }

    /// <summary>Lines end with a carriage return alone (old Mac files): read as if they ended with a line feed.</summary>
    public bool CarriageReturnLines { get; init; }

    /// <summary>Lines end in more than one way (some \r\n, some \n or \r): read as if they all ended with a line feed.</summary>
    public bool MixedLineEnds { get; init; }

    /// <summary>Bytes up to the end of the last line that is not blank (blank: empty, or only spaces and separators).</summary>
    public long ContentLength { get; init; }

    /// <summary>Nothing but a byte-order mark, spaces and line ends: an empty file.</summary>
    public bool IsBlank => ContentLength == 0;

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
            var scan = Scan(path);
            var contentLength = scan.Length == 0 ? 0 : ContentEnd(path, scan.Length, scan.Bom ? 3 : 0);
            var crOnly = scan.LineFeeds == 0 && scan.CarriageReturns > 0;
            // Lines up to the end of the content: the blank lines after it are not counted.
            var lines = contentLength == 0 ? 0
                : scan.LineEnds - LineEnds(path, contentLength, scan.Length)
                  + (ByteAt(path, contentLength - 1) is '\n' or '\r' ? 0 : 1);
            return new FileProbe(sha256, scan.Encoding, lines, scan.Length)
            {
                LooksUtf16 = scan.Utf16Bom || scan.Nul,
                CarriageReturnLines = crOnly,
                MixedLineEnds = scan.LineFeeds > 0 && scan.CarriageReturns > 0 && scan.LineFeeds != scan.CarriageReturns,
                ContentLength = contentLength,
            };
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

    /// <summary><see cref="LineEnds"/>: \n, \r\n and \r alone each end a line.</summary>
    private sealed record ScanResult(TextEncoding Encoding, long LineFeeds, long CarriageReturns, long LineEnds, long Length, bool Bom, bool Utf16Bom, bool Nul);

    private static ScanResult Scan(string path)
    {
        using var stream = OpenSequential(path);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize + 4);
        try
        {
            var carried = 0;       // bytes of an incomplete UTF-8 sequence carried to the next chunk
            var validUtf8 = true;
            bool bom = false, utf16Bom = false, nul = false;
            long lineFeeds = 0, carriageReturns = 0, pairs = 0, length = 0;
            var previous = (byte)0;
            int read;
            var first = true;
            while ((read = stream.Read(buffer, carried, BufferSize)) > 0)
            {
                length += read;
                var chunk = buffer.AsSpan(0, carried + read);
                var fresh = chunk[carried..];
                lineFeeds += fresh.Count((byte)'\n');
                var returns = fresh.Count((byte)'\r');
                carriageReturns += returns;
                // Most extracts end their lines with \n alone: no \r\n to look for.
                if (returns > 0 || previous == (byte)'\r')
                {
                    pairs += Pairs(fresh, previous);
                }

                previous = fresh[^1];
                if (first)
                {
                    bom = chunk.StartsWith("\uFEFF"u8);
                    utf16Bom = chunk.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || chunk.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
                    // UTF-16 text holds a NUL byte in every ASCII character; no text extract holds one.
                    nul = chunk.Contains((byte)0);
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
            var encoding = !validUtf8 ? TextEncoding.Windows1252 : bom ? TextEncoding.Utf8WithBom : TextEncoding.Utf8;
            return new ScanResult(encoding, lineFeeds, carriageReturns, lineFeeds + carriageReturns - pairs, length, bom, utf16Bom, nul);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Where the content ends: after the last line holding something else than spaces, tabs and separators, its line
    /// end included. Read from the tail; a tail that is all blank reads further back, up to the start (an empty file).
    /// </summary>
    private static long ContentEnd(string path, long length, int start)
    {
        using var stream = OpenSequential(path);
        var end = length;
        while (end > start)
        {
            var from = Math.Max(start, end - TailSize);
            var tail = new byte[end - from];
            stream.Seek(from, SeekOrigin.Begin);
            stream.ReadExactly(tail);
            for (var i = tail.Length - 1; i >= 0; i--)
            {
                if (tail[i] is not ((byte)' ' or (byte)'\t' or (byte)';' or (byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    // Keep this line's own end: the terminator that follows the content, if any.
                    var position = from + i + 1;
                    return LineEndAfter(stream, position, length);
                }
            }

            end = from;
        }

        return 0;
    }

    /// <summary>The offset just after the line end (\r\n, \n or \r) that follows <paramref name="position"/>, or the end of the file.</summary>
    private static long LineEndAfter(FileStream stream, long position, long length)
    {
        stream.Seek(position, SeekOrigin.Begin);
        var next = new byte[(int)Math.Min(TailSize, length - position)];
        stream.ReadExactly(next);
        var newline = next.AsSpan().IndexOfAny((byte)'\r', (byte)'\n');
        if (newline < 0)
        {
            return length;
        }

        return newline + 1 < next.Length && next[newline] == (byte)'\r' && next[newline + 1] == (byte)'\n'
            ? position + newline + 2
            : position + newline + 1;
    }

    /// <summary>How many line ends (\n, \r\n, \r alone) lie between two offsets, read in chunks.</summary>
    private static long LineEnds(string path, long from, long to)
    {
        using var stream = OpenSequential(path);
        stream.Seek(from, SeekOrigin.Begin);
        var buffer = new byte[TailSize];
        long count = 0;
        var previous = (byte)0;
        for (var left = to - from; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                break;
            }

            var chunk = buffer.AsSpan(0, read);
            count += chunk.Count((byte)'\n') + chunk.Count((byte)'\r') - Pairs(chunk, previous);
            previous = chunk[^1];
            left -= read;
        }

        return count;
    }

    /// <summary>How many \r\n pairs the chunk holds, one split with the previous chunk's last byte included.</summary>
    private static long Pairs(ReadOnlySpan<byte> chunk, byte previous)
    {
        long pairs = previous == (byte)'\r' && chunk[0] == (byte)'\n' ? 1 : 0;
        for (var rest = chunk; ;)
        {
            var at = rest.IndexOf("\r\n"u8);
            if (at < 0)
            {
                return pairs;
            }

            pairs++;
            rest = rest[(at + 2)..];
        }
    }

    private static int ByteAt(string path, long offset)
    {
        using var stream = OpenSequential(path);
        stream.Seek(offset, SeekOrigin.Begin);
        return stream.ReadByte();
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
