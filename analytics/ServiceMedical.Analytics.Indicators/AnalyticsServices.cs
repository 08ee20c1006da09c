using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

public static class AnalyticsServices
{
    /// <summary>
    /// The indicators' reader: by default on the database file, read-only (see <see cref="Ingest.IngestServices.AddIngest"/>);
    /// a host that serves published snapshots (the jobs, the dashboard) registers its own first. Every reader exports
    /// under <paramref name="secrecy"/> (the small-count rule, threshold 11 by default).
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, SmallCountRule? secrecy = null)
    {
        services.TryAddSingleton(secrecy ?? new SmallCountRule());
        services.TryAddSingleton<IIndicatorReaders>(provider => IndicatorReaders.OnFile(provider.GetRequiredService<AnalyticsDatabase>(), provider.GetRequiredService<SmallCountRule>()));
        return services;
    }
}
