namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// A user's standing order for a page's dossier by e-mail: the page, the scope it covers (a region, or France when
/// <see cref="Region"/> is null) and how often. The scope is what the user asked for; what they may still see is
/// checked again each time the dossier is built.
/// </summary>
public sealed record Subscription(long Id, string UserName, string Page, string? Region, SubscriptionFrequency Frequency, DateTime CreatedAt, DateTime? CancelledAt)
{
    public bool IsActive => CancelledAt is null;
}

public enum SubscriptionFrequency
{
    /// <summary>Once a calendar month (Europe/Paris).</summary>
    Monthly,

    /// <summary>Once an ISO week (Monday to Sunday, Europe/Paris).</summary>
    Weekly,
}

/// <summary>
/// One edition of one subscription sent (or tried) to one address: at most one per address, page, scope and
/// edition, whatever the retries and the nodes. <see cref="Answer"/> is the mail server's answer or why nothing was sent.
/// </summary>
public sealed record SubscriptionDelivery(long SubscriptionId, string UserName, string Page, string? Region, string Edition, string Email,
    string Status, int Attempts, string? Answer, string? Node, DateTime UpdatedAt);

/// <summary>The states of a delivery, as the pages show them.</summary>
public static class DeliveryStatus
{
    /// <summary>Claimed by a node that is building or sending it.</summary>
    public const string Sending = "en cours";

    public const string Sent = "envoyé";

    /// <summary>A transient fault (server away, mailbox busy): tried again with back-off.</summary>
    public const string Failed = "échec";

    /// <summary>The server refused it for good (an unknown recipient…): not tried again.</summary>
    public const string Refused = "refusé";

    /// <summary>Not sent and not to be: the user lost the right to that scope, has no address, or left.</summary>
    public const string Withheld = "non envoyé";
}
