using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Ingest;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling.ExportPacks;
using ServiceMedical.Analytics.Scheduling.Inbox;
using ServiceMedical.Analytics.Scheduling.Refresh;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

public static class SchedulingServices
{
    /// <summary>
    /// The working database the jobs and the command line write, each change under a writer lock: by default DuckDB's
    /// own file lock between processes (the command line); <see cref="AddScheduling"/> puts the nodes' shared lock instead.
    /// </summary>
    public static IServiceCollection AddWorkingDatabase(this IServiceCollection services, SchedulingOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton<IWriterLock, ProcessWriterLock>();
        services.AddSingleton<WorkingDatabase>();
        return services;
    }

    /// <summary>
    /// The jobs, their storage and (unless <see cref="SchedulingOptions.RunServer"/> is off) a job server in this
    /// process, over the database of <see cref="IngestServices.AddIngest"/>; indicators are read from the published
    /// snapshots. The storage is this host's own instance, not Hangfire's global one, so that several hosts in one
    /// process (tests) keep apart.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, SchedulingOptions options, string storageSchema = "hangfire")
    {
        var storage = JobStorageFactory.Create(options, storageSchema);
        services.AddWorkingDatabase(options);
        services.AddSingleton(storage);
        services.Replace(ServiceDescriptor.Singleton<IWriterLock>(provider => new JobStorageWriterLock(storage, provider.GetRequiredService<DatabaseOptions>().Path)));
        services.Replace(ServiceDescriptor.Singleton<IIndicatorReaders>(provider => IndicatorReaders.OnSnapshots(provider.GetRequiredService<PublishedDatabase>(), provider.GetService<SmallCountRule>())));
        services.AddSingleton<JobHistory>();
        services.AddTransient<InboxJob>();
        services.AddTransient<RefreshJob>();
        services.AddTransient<ExportPackJob>();
        // This host's activator for this host's jobs: left to Hangfire, a server may take the process-wide one,
        // which is the last host's (several hosts live in one test process).
        services.AddSingleton<IBackgroundJobFactory>(x => new BackgroundJobFactory(x.GetRequiredService<IJobFilterProvider>()));
        services.AddSingleton<IBackgroundJobStateChanger>(x => new BackgroundJobStateChanger(x.GetRequiredService<IJobFilterProvider>()));
        services.AddSingleton<IBackgroundJobPerformer>(x => new BackgroundJobPerformer(x.GetRequiredService<IJobFilterProvider>(), x.GetRequiredService<JobActivator>()));
        services.AddHangfire((provider, configuration) =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()));
            JobRetryPolicy.Install(options);
        });
        if (options.RunServer)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.ServerName = options.ServerName ?? server.ServerName;
            }, storage);
        }

        return services;
    }

    /// <summary>
    /// Subscriptions by e-mail, for a host that knows its users (<see cref="ISubscriberDirectory"/>) and audits
    /// (<see cref="IDeliveryAudit"/>): the dashboard. Kept in their own DuckDB file on one node, in the shared
    /// PostgreSQL with several; the export-pack job then also sends the due editions.
    /// </summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, SubscriptionOptions subscriptions, MailOptions mail)
    {
        services.AddSingleton(subscriptions);
        services.AddSingleton(mail);
        services.AddSingleton(provider => provider.GetRequiredService<SchedulingOptions>() is { UsesPostgreSql: true } shared
            ? SubscriptionStore.InPostgreSql(shared.PostgreSqlConnectionString!)
            : SubscriptionStore.InDuckDb(subscriptions.Path));
        services.AddTransient<SubscriptionSender>();
        services.AddTransient<SubscriptionJob>();
        return services;
    }
}
