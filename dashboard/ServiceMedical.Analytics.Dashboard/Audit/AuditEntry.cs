namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>One audited event: who, what, with which filters, when (UTC), on which node of the service.</summary>
public sealed record AuditEntry(DateTime At, string UserName, string Event, string? Detail, string? Filters, string? Node = null);

/// <summary>The events the audit log records.</summary>
public static class AuditEvents
{
    public const string SignIn = "connexion";
    public const string SignInRefused = "connexion refusée";
    public const string SignInLocked = "compte verrouillé";
    public const string SignInThrottled = "connexion ralentie";
    public const string SignOut = "déconnexion";
    public const string Export = "export";
    public const string ExportRefused = "export refusé";
    public const string JobTriggered = "tâche lancée";
    public const string Subscribed = "abonnement";
    public const string Unsubscribed = "désabonnement";
    public const string SubscriptionSent = Scheduling.Subscriptions.SubscriptionSender.SentEvent;
    public const string SubscriptionNotSent = Scheduling.Subscriptions.SubscriptionSender.NotSentEvent;
}
