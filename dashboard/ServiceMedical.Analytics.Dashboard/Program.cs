using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard;
using ServiceMedical.Analytics.Dashboard.Components;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Exports;
using ServiceMedical.Analytics.Dashboard.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler("/erreur", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/introuvable");
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapSignIn();
app.MapExports();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

// Open the database (and load the demo on a first start) before the first request, not during it.
app.Services.GetRequiredService<DashboardDatabase>();
if (app.Services.GetRequiredService<IOptions<AccountOptions>>().Value.DemoPasswordsNotice is { } notice)
{
    Console.WriteLine($"Comptes de démonstration : {notice}");
}

app.Run();

/// <summary>Visible to the tests' web application factory.</summary>
public partial class Program;
