using System.Security.Claims;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard.Subscriptions;

/// <summary>
/// A signed-in user's subscriptions: subscribing to a page's dossier for a scope they may see, seeing and cancelling
/// their own; each change audited. What the user may see is checked again when each edition is built.
/// </summary>
public sealed class UserSubscriptions(SubscriptionStore store, ISubscriberDirectory directory, AuditLog audit, MailOptions mail, TimeProvider time)
{
    /// <summary>False when no mail server is configured: subscriptions are kept, nothing is sent.</summary>
    public bool MailConfigured => mail.Enabled;

    /// <summary>Where the user's dossiers would go; null when none is known.</summary>
    public string? AddressOf(ClaimsPrincipal user) => LocalName(user) is { } name ? directory.Find(name)?.Email : null;

    /// <summary>Subscribes the user; the message says what was done, or why not.</summary>
    public (Subscription? Subscription, string Message) Subscribe(ClaimsPrincipal user, string pageName, string? region, SubscriptionFrequency frequency)
    {
        var page = DashboardPages.All.FirstOrDefault(p => p.Name == pageName);
        if (page is null)
        {
            return (null, $"Page inconnue : « {pageName} ».");
        }

        if (LocalName(user) is not { } userName)
        {
            return (null, "Les comptes de l'authentification unique ne peuvent pas s'abonner : leurs droits ne sont connus qu'à leur connexion.");
        }

        if (directory.Find(userName) is not { Email: { Length: > 0 } email })
        {
            return (null, "Aucune adresse électronique n'est connue pour votre compte : demandez à un administrateur de l'ajouter.");
        }

        var filter = region is null ? IndicatorFilter.National : new IndicatorFilter { Geography = GeoScope.ForRegion(region) };
        try
        {
            user.Scope().Authorize(filter);
        }
        catch (ScopeAuthorizationException e)
        {
            audit.Record(userName, AuditEvents.ExportRefused, $"abonnement à {page.Name} : {e.Message}", filter.ToQueryString());
            return (null, $"Abonnement refusé : {e.Message}.");
        }

        var subscription = store.Add(userName, page.Name, region, frequency, time.GetUtcNow().UtcDateTime);
        audit.Record(userName, AuditEvents.Subscribed, $"{page.Name}, {SubscriptionEdition.Name(frequency)}, à {email}", filter.ToQueryString());
        return (subscription, $"Abonnement {SubscriptionEdition.Name(frequency)} enregistré : « {page.Title} » pour {SubscriptionSender.ScopeName(region)}, envoyé à {email}.");
    }

    /// <summary>The user's own subscriptions, active first.</summary>
    public IReadOnlyList<Subscription> Of(ClaimsPrincipal user) => LocalName(user) is { } userName
        ? [.. store.Subscriptions(userName, activeOnly: false).OrderBy(s => s.IsActive ? 0 : 1).ThenByDescending(s => s.CreatedAt)]
        : [];

    public IReadOnlyList<SubscriptionDelivery> DeliveriesOf(ClaimsPrincipal user, int limit) => LocalName(user) is { } userName ? store.Deliveries(limit, userName) : [];

    /// <summary>Every user's deliveries, for administrators only (checked here, not by hiding the table).</summary>
    public IReadOnlyList<SubscriptionDelivery> AllDeliveries(ClaimsPrincipal user, int limit) =>
        user.IsInRole(DashboardClaims.AdministratorRole) ? store.Deliveries(limit) : [];

    /// <summary>Cancels one of the user's own subscriptions; false when it is not theirs or already cancelled.</summary>
    public bool Cancel(ClaimsPrincipal user, long id)
    {
        if (LocalName(user) is not { } userName || !store.Cancel(id, userName, time.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        audit.Record(userName, AuditEvents.Unsubscribed, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>
    /// The local account's name; null for a user signed in through OpenID Connect, even when their name is a local
    /// account's: they neither subscribe nor see that account's subscriptions (docs/security.md).
    /// </summary>
    private static string? LocalName(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } identity && identity.AuthenticationType != OpenIdConnectSignIn.AuthenticationType
            ? name
            : null;
}
