using ServiceMedical.Analytics.Dashboard.Audit;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The audit log (administrators): the latest entries, by kind of event.</summary>
public sealed partial class AuditPage
{
    private const int Limit = 500;
    private static readonly string[] s_events =
        [AuditEvents.SignIn, AuditEvents.SignInRefused, AuditEvents.SignInLocked, AuditEvents.SignInThrottled, AuditEvents.SignOut, AuditEvents.Export, AuditEvents.ExportRefused, AuditEvents.JobTriggered,
         AuditEvents.Subscribed, AuditEvents.Unsubscribed, AuditEvents.SubscriptionSent, AuditEvents.SubscriptionNotSent];

    private IReadOnlyList<AuditEntry> _entries = [];

    private string Event { get; set; } = "";

    protected override void OnInitialized() => Load();

    private void Load() => _entries = Audit.Latest(Limit, Event.Length == 0 ? null : Event);
}
