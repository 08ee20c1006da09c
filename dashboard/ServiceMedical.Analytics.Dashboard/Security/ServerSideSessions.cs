using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// The cookie handler's session store: a session's ticket is kept server side (<see cref="ISessionTickets"/>), the
/// cookie carries a random key only. The ticket is protected with the app's data-protection keys before it is stored.
/// </summary>
public sealed class ServerSideSessions(ISessionTickets tickets, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    private static readonly TimeSpan s_defaultLifetime = TimeSpan.FromHours(8);
    private readonly IDataProtector _protector = protection.CreateProtector("ServiceMedical.Analytics.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        tickets.Save(key, _protector.Protect(TicketSerializer.Default.Serialize(ticket)), ticket.Properties.ExpiresUtc ?? time.GetUtcNow() + s_defaultLifetime, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await tickets.Find(key, time.GetUtcNow(), CancellationToken.None);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
        }
        catch (CryptographicException)
        {
            // Keys rotated away: the session is over.
            return null;
        }
    }

    public Task RemoveAsync(string key) => tickets.Remove(key, CancellationToken.None);
}
