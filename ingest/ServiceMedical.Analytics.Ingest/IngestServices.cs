using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest;

public static class IngestServices
{
    /// <summary>
    /// The database and the load policy, as read and checked from the configuration (by <c>JobsConfiguration</c>, with
    /// the other settings the web app and the command line share); the clock, unless the host gives its own.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, DatabaseOptions database, LoadPolicy policy)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton(policy);
        services.AddSingleton<AnalyticsDatabase>();
        services.AddSingleton<PublishedDatabase>();
        return services;
    }
}
