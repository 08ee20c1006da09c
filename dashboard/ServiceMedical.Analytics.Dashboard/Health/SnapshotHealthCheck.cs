using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Health;

/// <summary>Ready to serve pages: the published snapshot opens and answers a query.</summary>
public sealed class SnapshotHealthCheck(DashboardDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Connect();
            connection.ScalarLong("SELECT count(*) FROM load_registry");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("instantané illisible", e));
        }
    }
}
