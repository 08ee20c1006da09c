using Hangfire;
using ServiceMedical.Analytics.Scheduling.ExportPacks;
using ServiceMedical.Analytics.Scheduling.Inbox;
using ServiceMedical.Analytics.Scheduling.Refresh;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>The recurring jobs, registered once whatever the number of nodes (Hangfire keeps one definition per id).</summary>
public static class ScheduledJobs
{
    public const string Inbox = "boite-de-depot";
    public const string Refresh = "actualisation";
    public const string ExportPacks = "dossiers-export";
    public const string Subscriptions = "abonnements";

    public static IReadOnlyList<string> All { get; } = [Inbox, Refresh, ExportPacks, Subscriptions];

    /// <summary>The jobs; the subscriptions' only in a host that keeps them (<paramref name="subscriptions"/> given).</summary>
    public static void Register(IRecurringJobManager manager, SchedulingOptions options, SubscriptionOptions? subscriptions = null)
    {
        var recurring = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone) };
        manager.AddOrUpdate<InboxJob>(Inbox, job => job.Run(), options.InboxCron, recurring);
        manager.AddOrUpdate<RefreshJob>(Refresh, job => job.Run(), options.RefreshCron, recurring);
        manager.AddOrUpdate<ExportPackJob>(ExportPacks, job => job.Run(null, null), options.ExportPackCron, recurring);
        if (subscriptions is not null)
        {
            manager.AddOrUpdate<SubscriptionJob>(Subscriptions, job => job.Run(), subscriptions.Cron, recurring);
        }
    }
}
