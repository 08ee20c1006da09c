using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling.ExportPacks;
using ServiceMedical.Analytics.Scheduling.Inbox;
using ServiceMedical.Analytics.Scheduling.Refresh;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

public static class SchedulingServices
{
    /// <summary>
    /// The jobs, their storage and (unless <see cref="SchedulingOptions.RunServer"/> is off) a job server in this
    /// process. The storage is this host's own instance, not Hangfire's global one, so that several hosts in one
    /// process (tests) keep apart.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, SchedulingOptions options, DatabaseOptions database,
        LoadPolicy policy, string storageSchema = "hangfire", string? serverName = null)
    {
        var storage = JobStorageFactory.Create(options, storageSchema);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton(policy);
        services.AddSingleton(storage);
        services.AddSingleton<IWriterLock>(new JobStorageWriterLock(storage, database.Path));
        services.AddSingleton<WorkingDatabase>();
        services.AddSingleton<JobHistory>();
        services.AddSingleton(provider => new PublishedDatabase(provider.GetRequiredService<DatabaseOptions>()));
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
                server.ServerName = serverName ?? server.ServerName;
            }, storage);
        }

        return services;
    }
}
