namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Where signed-in sessions live, server side: the cookie holds only a session's key, so that signing out (or an
/// administrator revoking a session) ends it everywhere, and a copy of the cookie replayed later opens nothing.
/// In memory on one node; in the shared PostgreSQL when several nodes share the work.
/// </summary>
public interface ISessionTickets
{
    Task Save(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The session's ticket; null when it ended, expired or never was.</summary>
    Task<byte[]?> Find(string key, DateTimeOffset now, CancellationToken cancellationToken);

    Task Remove(string key, CancellationToken cancellationToken);
}
