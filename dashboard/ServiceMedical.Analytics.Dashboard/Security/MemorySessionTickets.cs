using System.Collections.Concurrent;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Sessions of a single node: a restart signs everyone out. Expired sessions are forgotten as new ones come.</summary>
public sealed class MemorySessionTickets(TimeProvider time) : ISessionTickets
{
    private readonly ConcurrentDictionary<string, (byte[] Ticket, DateTimeOffset ExpiresAt)> _sessions = new(StringComparer.Ordinal);

    public Task Save(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _sessions.Where(s => s.Value.ExpiresAt <= now).Select(s => s.Key).ToList())
        {
            _sessions.TryRemove(expired, out _);
        }

        _sessions[key] = (ticket, expiresAt);
        return Task.CompletedTask;
    }

    public Task<byte[]?> Find(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.TryGetValue(key, out var session) && session.ExpiresAt > now ? session.Ticket : null);

    public Task Remove(string key, CancellationToken cancellationToken)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
