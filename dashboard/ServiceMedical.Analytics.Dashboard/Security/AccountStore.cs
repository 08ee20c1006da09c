using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Checks a user name and password against the configured accounts. Repeated failures are slowed
/// down, then the account is locked for a while (5 failures → 5 minutes).
/// </summary>
public sealed class AccountStore(IOptions<AccountOptions> options, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(5);

    private readonly PasswordHasher<string> _hasher = new();
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? LockedUntil)> _failures = new(StringComparer.OrdinalIgnoreCase);

    public enum Outcome
    {
        SignedIn,
        Refused,
        Locked,
    }

    public async Task<(Outcome Outcome, ClaimsPrincipal? User)> SignInAsync(string userName, string password)
    {
        var now = time.GetUtcNow();
        var state = _failures.GetValueOrDefault(userName);
        if (state.LockedUntil > now)
        {
            return (Outcome.Locked, null);
        }

        var account = options.Value.Users.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var verified = account is not null
            && _hasher.VerifyHashedPassword(account.UserName, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (!verified)
        {
            var failures = state.Failures + 1;
            _failures[userName] = (failures, failures >= MaxFailures ? now + LockDuration : null);
            // Each failure costs a little more time: guessing is slowed before the lock.
            await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(failures, MaxFailures)), time);
            return (failures >= MaxFailures ? Outcome.Locked : Outcome.Refused, null);
        }

        _failures.TryRemove(userName, out _);
        return (Outcome.SignedIn, Principal(account!));
    }

    public static ClaimsPrincipal Principal(Account account, string authenticationType = "Cookies")
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(ClaimTypes.Role, account.Role),
        };
        if (account.Region is not null)
        {
            claims.Add(new Claim(DashboardClaims.Region, account.Region));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
