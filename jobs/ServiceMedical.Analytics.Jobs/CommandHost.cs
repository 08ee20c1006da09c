using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Ingest;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Jobs;

/// <summary>
/// What a command runs in: the generic host, with the settings the web app reads (<c>appsettings.json</c> beside the
/// program, then environment variables such as <c>Database__Path</c>, then <c>--db</c>), checked by the same code, and
/// the same services (<see cref="IngestServices.AddIngest"/>, <see cref="AnalyticsServices.AddAnalytics"/>,
/// <see cref="SchedulingServices.AddWorkingDatabase"/>); only the job server and the pages are not there.
/// </summary>
public sealed class CommandHost : IDisposable
{
    private readonly IHost _host;

    private CommandHost(IHost host) => _host = host;

    /// <summary>The host; a <see cref="UsageException"/> naming every setting that cannot be used.</summary>
    public static CommandHost Build(string? databaseOverride)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(databaseOverride is null ? [] : [new($"{DatabaseOptions.SectionName}:Path", databaseOverride)]);
        JobsConfiguration settings;
        try
        {
            settings = JobsConfiguration.Read(builder.Configuration);
        }
        catch (ConfigurationProblemsException e)
        {
            throw new UsageException(e.Message);
        }

        builder.Services.AddIngest(settings.Database, settings.Policy).AddAnalytics(settings.Secrecy).AddWorkingDatabase(settings.Scheduling);
        return new CommandHost(builder.Build());
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose() => _host.Dispose();
}
