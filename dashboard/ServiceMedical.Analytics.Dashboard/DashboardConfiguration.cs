using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Charts;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Scheduling.Hosting;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard;

/// <summary>
/// Every setting of the web app, read and checked before anything starts: those it shares with the command line
/// (<see cref="JobsConfiguration"/>) and its own. A start on settings it cannot use is refused with every problem
/// named by its key, all at once.
/// </summary>
public sealed record DashboardConfiguration(
    JobsConfiguration Jobs,
    AccountOptions Accounts,
    SignInLimits SignIn,
    OpenIdConnectSettings OpenIdConnect,
    KeyStorageOptions Keys,
    AuditOptions Audit,
    DashboardDemoOptions Demo,
    ChartCacheOptions Charts,
    SubscriptionOptions Subscriptions,
    MailOptions Mail)
{
    public static DashboardConfiguration Read(IConfiguration configuration)
    {
        var reader = new SettingsReader(configuration);
        var jobs = JobsConfiguration.Read(reader);
        var openIdConnect = reader.Section<OpenIdConnectSettings>(OpenIdConnectSettings.SectionName, o => o.Problems());
        var settings = new DashboardConfiguration(
            jobs,
            reader.Section<AccountOptions>(AccountOptions.SectionName, a => a.Problems(singleSignOn: openIdConnect.Enabled)),
            reader.Section<SignInLimits>(SignInLimits.SectionName, s => s.Problems()),
            openIdConnect,
            reader.Section<KeyStorageOptions>(KeyStorageOptions.SectionName),
            reader.Section<AuditOptions>(AuditOptions.SectionName, a => a.Problems(sharedDatabase: jobs.Scheduling.UsesPostgreSql)),
            reader.Section<DashboardDemoOptions>(DashboardDemoOptions.SectionName, d => d.Problems()),
            reader.Section<ChartCacheOptions>(ChartCacheOptions.SectionName, c => c.Problems()),
            reader.Section<SubscriptionOptions>(SubscriptionOptions.SectionName, s => s.Problems(sharedDatabase: jobs.Scheduling.UsesPostgreSql)),
            reader.Section<MailOptions>(MailOptions.SectionName, m => m.Problems()));
        reader.ThrowIfAny();
        return settings;
    }
}
