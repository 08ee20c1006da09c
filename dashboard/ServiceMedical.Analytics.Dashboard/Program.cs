using Hangfire;
using ServiceMedical.Analytics.Dashboard;
using ServiceMedical.Analytics.Dashboard.Components;
using ServiceMedical.Analytics.Dashboard.Errors;
using ServiceMedical.Analytics.Dashboard.Exports;
using ServiceMedical.Analytics.Dashboard.Health;
using ServiceMedical.Analytics.Dashboard.Security;

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

app.Run();

/// <summary>Visible to the tests' web application factory.</summary>
public partial class Program;
