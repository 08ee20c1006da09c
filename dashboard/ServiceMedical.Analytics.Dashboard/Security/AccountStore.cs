using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Checks a user name and password against the configured accounts, through <see cref="SignInThrottle"/>. An unknown
/// name costs the same work as a known one (its password is checked against a hash of no account), so that the time
/// of an answer never tells whether an account exists; and unknown names are throttled and locked like known ones.
/// </summary>
public sealed class AccountStore
{
    private readonly IOptions<AccountOptions> _options;
    private readonly SignInThrottle _throttle;
    private readonly IPasswordHasher<string> _hasher;
    private readonly string _noAccountHash;

    public AccountStore(IOptions<AccountOptions> options, SignInThrottle throttle, IPasswordHasher<string> hasher)
    {
        _options = options;
        _throttle = throttle;
        _hasher = hasher;
        _noAccountHash = hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public enum Outcome
    {
        SignedIn,
        Refused,
        Locked,
        Throttled,
    }

    public (Outcome Outcome, ClaimsPrincipal? User) SignIn(string userName, string? password, string source)
    {
        switch (_throttle.Begin(userName, source))
        {
            case SignInThrottle.Verdict.Locked:
                return (Outcome.Locked, null);
            case SignInThrottle.Verdict.Throttled:
                return (Outcome.Throttled, null);
        }

        var account = userName.Length <= SignInLimits.MaxUserNameLength
            ? _options.Value.Users.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase))
            : null;
        // The same work whatever the name and the password: a missing password is checked as an empty one, and fails.
        var verified = _hasher.VerifyHashedPassword(account?.UserName ?? "", account?.PasswordHash ?? _noAccountHash, password ?? "") != PasswordVerificationResult.Failed
                       && account is not null && password is not null;
        var locked = _throttle.End(userName, source, verified);
        return verified ? (Outcome.SignedIn, Principal(account!)) : (locked ? Outcome.Locked : Outcome.Refused, null);
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
