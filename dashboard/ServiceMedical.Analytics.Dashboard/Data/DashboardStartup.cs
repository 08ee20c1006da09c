using Hangfire;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Hosting;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard.Data;

/// <summary>
/// The work done once at start, before the job server and before the first request: Hangfire configured (its log
/// provider and retry policy, which opening the database relies on), the recurring jobs registered, the inbox made (so
/// that whoever drops files finds it), the database opened (and the demo loaded on a first start where configured),
/// the audit log's table made.
/// </summary>
public sealed partial class DashboardStartup(IServiceProvider services, SchedulingOptions scheduling, SubscriptionOptions subscriptions, IOptions<AccountOptions> accounts, ILogger<DashboardStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IGlobalConfiguration>();
        ScheduledJobs.Register(services.GetRequiredService<IRecurringJobManager>(), scheduling, subscriptions);
        Directory.CreateDirectory(scheduling.InboxFolder);
        services.GetRequiredService<DashboardDatabase>();
        services.GetRequiredService<AuditLog>();
        if (accounts.Value.DemoPasswordsNotice is { } notice)
        {
            LogDemoAccounts(logger, notice);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "Comptes de démonstration : {Notice}")]
    private static partial void LogDemoAccounts(ILogger logger, string notice);
}
