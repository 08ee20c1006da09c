using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

public static class AnalyticsServices
{
    /// <summary>
    /// The indicators' reader: by default on the database file, read-only (see <see cref="Ingest.IngestServices.AddIngest"/>);
    /// a host that serves published snapshots (the jobs, the dashboard) registers its own first.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.TryAddSingleton<IIndicatorReaders>(provider => IndicatorReaders.OnFile(provider.GetRequiredService<AnalyticsDatabase>()));
        return services;
    }
}
