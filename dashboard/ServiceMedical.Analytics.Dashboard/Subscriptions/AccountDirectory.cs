using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard.Subscriptions;

/// <summary>
/// Subscribers as the configured accounts say now: a regional director whose account lost the role or changed region
/// gets nothing more of the old region. Users known only through single sign-on are not in it: they cannot subscribe
/// (the identity provider is not asked outside a sign-in; see docs/security.md).
/// </summary>
public sealed class AccountDirectory(IOptions<AccountOptions> accounts) : ISubscriberDirectory
{
    public Subscriber? Find(string userName) =>
        accounts.Value.Users.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase)) is { } account
            ? new Subscriber(account.UserName, account.Email, ScopeOf(account))
            : null;

    /// <summary>The scope the sign-in gives the same account (<see cref="DashboardClaims.Scope"/>).</summary>
    private static UserScope ScopeOf(Account account) => AccountStore.Principal(account).Scope();
}
