using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.Bench;

/// <summary>
/// The messages the browser receives on a page's Blazor circuit (its WebSocket), with when they came: where a
/// filter change's time goes, between the server's answer and the browser's work on it.
/// </summary>
public sealed class CircuitFrames
{
    private readonly ConcurrentQueue<(long Ticks, int Bytes)> _frames = new();

    /// <summary>Starts recording the page's WebSocket messages; attach before the page opens its circuit.</summary>
    public static CircuitFrames Record(IPage page)
    {
        var frames = new CircuitFrames();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            frames._frames.Enqueue((Stopwatch.GetTimestamp(), frame.Binary?.Length ?? frame.Text?.Length ?? 0));
        return frames;
    }

    /// <summary>
    /// Of the messages received between <paramref name="start"/> and <paramref name="end"/> (timestamps): when the first
    /// and the last came (ms after <paramref name="start"/>) and their bytes.
    /// </summary>
    public (double First, double Last, long Bytes) Between(long start, long end)
    {
        var received = _frames.Where(f => f.Ticks >= start && f.Ticks <= end).ToList();
        return received.Count == 0 ? (0, 0, 0)
            : (Stopwatch.GetElapsedTime(start, received[0].Ticks).TotalMilliseconds, Stopwatch.GetElapsedTime(start, received[^1].Ticks).TotalMilliseconds, received.Sum(f => (long)f.Bytes));
    }
}
