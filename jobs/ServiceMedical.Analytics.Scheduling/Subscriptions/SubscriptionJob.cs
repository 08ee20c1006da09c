using System.ComponentModel;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// Sends the subscriptions' due editions. A delivery that met a transient fault makes the job fail as transient, so
/// that Hangfire tries again with back-off; the editions already sent are not sent again.
/// </summary>
public sealed class SubscriptionJob(SubscriptionSender sender)
{
    [DisplayName("Abonnements : envoi des dossiers par e-mail")]
    public string Run()
    {
        var report = sender.SendDue();
        return report.Failed > 0 ? throw new TransientJobException($"{report} ; nouvel essai des échecs") : report.ToString();
    }
}
