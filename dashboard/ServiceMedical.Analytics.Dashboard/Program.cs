using Hangfire;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard;
using ServiceMedical.Analytics.Dashboard.Components;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Errors;
using ServiceMedical.Analytics.Dashboard.Exports;
using ServiceMedical.Analytics.Dashboard.Health;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
app.UseFrenchErrorPages();
app.UseSecurityHeaders();
// HTTPS requests only (localhost excluded): tells browsers to come back over HTTPS.
app.UseHsts();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapSignIn();
app.MapHealth();
app.MapExports();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
// Hangfire's own dashboard: administrators only, through the app's sign-in (its default filter would allow local requests).
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/donnees", DashboardTitle = "Tâches planifiées" })
    .RequireAuthorization(DashboardClaims.AdministratorPolicy);
var scheduling = app.Services.GetRequiredService<SchedulingOptions>();
ScheduledJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>(), scheduling);
// The inbox exists from the start, so that whoever drops files finds it.
Directory.CreateDirectory(scheduling.InboxFolder);

// Hangfire's configuration (log provider, retry policy) first: opening the database below takes the writer lock.
app.Services.GetRequiredService<IGlobalConfiguration>();
// Open the database (and load the demo on a first start) and the audit log (its table made) before the first request, not during it.
app.Services.GetRequiredService<DashboardDatabase>();
app.Services.GetRequiredService<ServiceMedical.Analytics.Dashboard.Audit.AuditLog>();
if (app.Services.GetRequiredService<IOptions<AccountOptions>>().Value.DemoPasswordsNotice is { } notice)
{
    Console.WriteLine($"Comptes de démonstration : {notice}");
}

app.Run();

/// <summary>Visible to the tests' web application factory.</summary>
public partial class Program;
