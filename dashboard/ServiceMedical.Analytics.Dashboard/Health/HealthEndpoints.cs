using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceMedical.Analytics.Dashboard.Health;

/// <summary>
/// What a load balancer asks, without signing in: <c>/sante/vivant</c> (the process answers: restart it if not) and
/// <c>/sante/pret</c> (the working database and inbox are there, the snapshot and the job storage answer: send it requests). The answer names each check and its
/// state, never an error's detail.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "pret";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<WorkingDatabaseHealthCheck>("base", tags: [Ready])
            .AddCheck<SnapshotHealthCheck>("instantane", tags: [Ready])
            .AddCheck<JobStorageHealthCheck>("taches", tags: [Ready]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/sante/vivant", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/sante/pret", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = Write,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().DisableRateLimiting();
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            statut = report.Status == HealthStatus.Unhealthy ? "indisponible" : "ok",
            verifications = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status == HealthStatus.Unhealthy ? "indisponible" : "ok"),
        });
    }
}
