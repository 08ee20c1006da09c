using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Pages.Pdf;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// Sends every subscription's due edition (this month's, this week's) as one e-mail with the page's PDF dossier. Each
/// edition is claimed for its address before anything is built, so that a retry or a second node never sends it
/// again. The dossier is built with the subscriber's rights as of now: someone who lost the role, or the region,
/// receives nothing, and the refusal is recorded.
/// </summary>
public sealed class SubscriptionSender(SubscriptionStore store, ISubscriberDirectory directory, IIndicatorReaders readers, MailOptions mail,
    SchedulingOptions scheduling, TimeProvider time, IDeliveryAudit audit)
{
    /// <summary>An edition a node claimed and never finished (it died) may be taken again after this long.</summary>
    public static readonly TimeSpan ClaimLapse = TimeSpan.FromHours(1);

    public const string SentEvent = "abonnement envoyé";
    public const string NotSentEvent = "abonnement non envoyé";

    private string Node => scheduling.ServerName is { Length: > 0 } name ? name : Environment.MachineName;

    public SubscriptionReport SendDue()
    {
        if (!mail.Enabled)
        {
            return new SubscriptionReport(MailConfigured: false, new Dictionary<string, int>());
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(scheduling.TimeZone)).DateTime);
        var outcomes = new Dictionary<string, int>();
        foreach (var subscription in store.Subscriptions())
        {
            var edition = SubscriptionEdition.Of(subscription.Frequency, today);
            var subscriber = directory.Find(subscription.UserName);
            // Nothing to send to an unknown address: the key then names the user, so that the refusal is recorded once an edition.
            var address = subscriber?.Email?.Trim().ToLowerInvariant() is { Length: > 0 } email ? email : $"({subscription.UserName})";
            var key = new DeliveryKey(address, subscription.Page, subscription.Region ?? SubscriptionStore.National, edition);
            if (!store.Claim(key, subscription, Node, now.UtcDateTime, now.UtcDateTime - ClaimLapse))
            {
                continue;
            }

            var (status, answer) = TryDeliver(subscription, subscriber, edition);
            store.Record(key, Node, status, answer, time.GetUtcNow().UtcDateTime);
            audit.Record(subscription.UserName, status == DeliveryStatus.Sent ? SentEvent : NotSentEvent,
                $"{subscription.Page}, {SubscriptionEdition.Label(edition)}, à {address} : {status} ({answer})",
                subscription.Region is { } region ? $"region={region}" : "");
            outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
        }

        return new SubscriptionReport(MailConfigured: true, outcomes);
    }

    /// <summary>
    /// One subscription's edition. A page or region that no longer exists, or a scope the account no longer covers, is
    /// « non envoyé »; whatever else goes wrong building it (a snapshot being replaced, a disk full) is a transient
    /// failure of that delivery, tried again later; neither stops the others.
    /// </summary>
    private (string Status, string Answer) TryDeliver(Subscription subscription, Subscriber? subscriber, string edition)
    {
        if (DashboardPages.All.All(p => p.Name != subscription.Page))
        {
            return (DeliveryStatus.Withheld, $"la page « {subscription.Page} » n'existe plus");
        }

        if (subscription.Region is { } region && CogReference.Regions.All(r => r.Code != region))
        {
            return (DeliveryStatus.Withheld, $"la région « {region} » n'existe plus");
        }

        try
        {
            return Deliver(subscription, subscriber, edition);
        }
        catch (ScopeAuthorizationException e)
        {
            // The readers refused the scope: the rights of the day do not cover it. Not retried.
            return (DeliveryStatus.Withheld, $"hors du périmètre du compte ({e.Message})");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            return (DeliveryStatus.Failed, $"dossier non établi : {e.Message}");
        }
    }

    private (string Status, string Answer) Deliver(Subscription subscription, Subscriber? subscriber, string edition)
    {
        if (subscriber is null)
        {
            return (DeliveryStatus.Withheld, "compte inconnu ou supprimé");
        }

        if (subscriber.Email is not { Length: > 0 } email || !MimeKit.MailboxAddress.TryParse(email, out _))
        {
            return (DeliveryStatus.Withheld, "pas d'adresse électronique valable pour ce compte");
        }

        // Outside the rights of the day: refused here, before any reading (TryDeliver records it as not sent).
        var filter = subscriber.Scope.Authorize(FilterOf(subscription));

        var page = DashboardPages.Get(subscription.Page);
        byte[] pdf;
        DateOnly? horizon;
        // Read with the subscriber's own scope: the readers check it again below this class.
        using (var reader = readers.Open(subscriber.Scope))
        {
            horizon = reader.Horizon.Of(page.Datasets);
            using var buffer = new MemoryStream();
            PageDossierPdf.Write(buffer, page, reader, page.PeriodOf(filter, reader.Horizon).Apply(filter), time);
            pdf = buffer.ToArray();
        }

        string? link = null;
        if (pdf.Length > mail.MaxAttachmentBytes)
        {
            if (mail.DashboardUrl is not { Length: > 0 } url)
            {
                return (DeliveryStatus.Refused, $"PDF de {pdf.Length:N0} octets au-delà de Mail:MaxAttachmentBytes, et pas de Mail:DashboardUrl pour le lier");
            }

            link = new Uri(DashboardBase(url), $"export/dossier/{page.Name}.pdf" + (filter.ToQueryString() is { Length: > 0 } q ? "?" + q : "")).ToString();
        }

        var scope = ScopeName(subscription.Region);
        var label = SubscriptionEdition.Label(edition);
        var dossierMail = new DossierMail(mail);
        using var message = dossierMail.Compose(email, $"{page.Title} — {scope} — {label}", Text(subscription, page, scope, label, horizon, link),
            $"dossier-{page.Name}-{subscription.Region ?? SubscriptionStore.National}-{edition}.pdf", pdf, link);
        return dossierMail.Send(message);
    }

    private string Text(Subscription subscription, DashboardPage page, string scope, string label, DateOnly? horizon, string? link)
    {
        var lines = new List<string>
        {
            "Bonjour,",
            "",
            $"Voici le dossier « {page.Title} » pour {scope}, édition {label} : données jusqu'au {(horizon is { } h ? FrenchFormat.Day(h) : "—")}.",
            link is null ? "Il est joint en PDF." : $"Il dépasse la taille des pièces jointes : il est à télécharger (après connexion) à l'adresse {link}",
            "",
            $"Vous recevez ce message parce que vous êtes abonné(e) à ce dossier ({SubscriptionEdition.Name(subscription.Frequency)}).",
        };
        if (mail.DashboardUrl is { Length: > 0 } url)
        {
            lines.Add($"Pour voir ou arrêter vos abonnements : {new Uri(DashboardBase(url), "abonnements")}");
        }

        return string.Join("\r\n", lines);
    }

    /// <summary>The dashboard's address as a base for its pages: « https://h/tableaux » and « https://h/tableaux/ » alike.</summary>
    private static Uri DashboardBase(string url) => new(url.EndsWith('/') ? url : url + "/");

    private static IndicatorFilter FilterOf(Subscription subscription) =>
        subscription.Region is { } region ? new IndicatorFilter { Geography = GeoScope.ForRegion(region) } : IndicatorFilter.National;

    public static string ScopeName(string? region) => region is null ? "la France entière" : CogReference.Regions.First(r => r.Code == region).Name;
}

/// <summary>How a round of sending went: the deliveries by outcome; nothing when e-mail is not configured.</summary>
public sealed record SubscriptionReport(bool MailConfigured, IReadOnlyDictionary<string, int> Outcomes)
{
    public int Failed => Outcomes.GetValueOrDefault(DeliveryStatus.Failed);

    public override string ToString() => !MailConfigured ? "abonnements : aucun envoi, pas de serveur de messagerie (Mail:Host)"
        : Outcomes.Count == 0 ? "abonnements : rien à envoyer"
        : "abonnements : " + string.Join(", ", Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}"));
}
