using Microsoft.AspNetCore.Hosting;

namespace ServiceMedical.Analytics.TestSupport;

/// <summary>
/// Settings that give a test's web host folders of its own — database, audit log, inbox, archive, refused, outbox,
/// demo — so that no two hosts of the suite, running in parallel, ever share a file; the chart warm-up and the job
/// server off unless the test turns them on.
/// </summary>
public static class IsolatedHost
{
    public static void Configure(IWebHostBuilder builder, string folder, string? databasePath = null, bool runJobs = false)
    {
        builder.UseSetting("Database:Path", databasePath ?? Path.Combine(folder, "servicemedical.duckdb"));
        builder.UseSetting("Audit:Path", Path.Combine(folder, "audit.duckdb"));
        builder.UseSetting("Subscriptions:Path", Path.Combine(folder, "subscriptions.duckdb"));
        builder.UseSetting("Jobs:InboxFolder", Path.Combine(folder, "inbox"));
        builder.UseSetting("Jobs:ArchiveFolder", Path.Combine(folder, "archive"));
        builder.UseSetting("Jobs:RefusedFolder", Path.Combine(folder, "refused"));
        builder.UseSetting("Jobs:OutboxFolder", Path.Combine(folder, "outbox"));
        builder.UseSetting("Jobs:RunServer", runJobs ? "true" : "false");
        builder.UseSetting("Demo:Folder", Path.Combine(folder, "demo"));
        builder.UseSetting("Dashboard:WarmChartCache", "false");
    }
}
