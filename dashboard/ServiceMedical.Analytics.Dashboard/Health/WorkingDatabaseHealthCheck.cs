using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling;

namespace ServiceMedical.Analytics.Dashboard.Health;

/// <summary>
/// Ready to write: the working database and the inbox are where the configuration says (on several nodes, a shared
/// file system that may be unmounted). Checked without opening the database, which a job may be writing.
/// </summary>
public sealed class WorkingDatabaseHealthCheck(DatabaseOptions database, SchedulingOptions scheduling) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(database.Path) && Directory.Exists(scheduling.InboxFolder)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("base de travail ou boîte de dépôt introuvable"));
}
