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
    public string? AddressOf(ClaimsPrincipal user) => directory.Find(NameOf(user))?.Email;

    /// <summary>Subscribes the user; the message says what was done, or why not.</summary>
    public (Subscription? Subscription, string Message) Subscribe(ClaimsPrincipal user, string pageName, string? region, SubscriptionFrequency frequency)
    {
        var page = DashboardPages.All.FirstOrDefault(p => p.Name == pageName);
        if (page is null)
        {
            return (null, $"Page inconnue : « {pageName} ».");
        }

        if (directory.Find(NameOf(user)) is not { Email: { Length: > 0 } email })
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
            audit.Record(NameOf(user), AuditEvents.ExportRefused, $"abonnement à {page.Name} : {e.Message}", filter.ToQueryString());
            return (null, $"Abonnement refusé : {e.Message}.");
        }

        var subscription = store.Add(NameOf(user), page.Name, region, frequency, time.GetUtcNow().UtcDateTime);
        audit.Record(NameOf(user), AuditEvents.Subscribed, $"{page.Name}, {SubscriptionEdition.Name(frequency)}, à {email}", filter.ToQueryString());
        return (subscription, $"Abonnement {SubscriptionEdition.Name(frequency)} enregistré : « {page.Title} » pour {SubscriptionSender.ScopeName(region)}, envoyé à {email}.");
    }

    /// <summary>The user's own subscriptions, active first.</summary>
    public IReadOnlyList<Subscription> Of(ClaimsPrincipal user) =>
        [.. store.Subscriptions(NameOf(user), activeOnly: false).OrderBy(s => s.IsActive ? 0 : 1).ThenByDescending(s => s.CreatedAt)];

    public IReadOnlyList<SubscriptionDelivery> DeliveriesOf(ClaimsPrincipal user, int limit) => store.Deliveries(limit, NameOf(user));

    /// <summary>Every user's deliveries, for administrators only (checked here, not by hiding the table).</summary>
    public IReadOnlyList<SubscriptionDelivery> AllDeliveries(ClaimsPrincipal user, int limit) =>
        user.IsInRole(DashboardClaims.AdministratorRole) ? store.Deliveries(limit) : [];

    /// <summary>Cancels one of the user's own subscriptions; false when it is not theirs or already cancelled.</summary>
    public bool Cancel(ClaimsPrincipal user, long id)
    {
        if (!store.Cancel(id, NameOf(user), time.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        audit.Record(NameOf(user), AuditEvents.Unsubscribed, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("Subscriptions need a signed-in user.");
}
