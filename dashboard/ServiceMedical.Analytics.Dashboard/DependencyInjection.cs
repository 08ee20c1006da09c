using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Dashboard;

public static class DependencyInjection
{
    /// <summary>Everything the dashboard needs: options, database, jobs, sign-in, Blazor.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddScheduling(scheduling, database, LoadPolicy.Default, serverName: configuration["Jobs:ServerName"]);
        services.AddOptions<DashboardDemoOptions>().Bind(configuration.GetSection(DashboardDemoOptions.SectionName));
        var openIdConnect = configuration.GetSection(OpenIdConnectSettings.SectionName).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        services.AddSingleton(Options.Create(openIdConnect));
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.SectionName))
            .Validate(o => (o.Users.Count > 0 || openIdConnect.Enabled) && o.Users.All(u => u.UserName.Length > 0 && u.PasswordHash.Length > 0 && u.Role is "national" or "regional" or "admin"
                                                               && (u.Role != "regional" || u.Region is not null)),
                "Accounts:Users : au moins un compte (sauf avec OpenID Connect) ; chaque compte a un nom, un hachage de mot de passe et un rôle (national, regional avec Region, ou admin).")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardDatabase>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<Charts.ChartRenderCache>();
        services.AddHostedService<Charts.ChartCacheWarmer>();
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName));
        // One node: the audit log's own DuckDB file. Several nodes: the shared PostgreSQL, so that each shows every node's entries.
        services.AddSingleton<IAuditStore>(sp => scheduling.UsesPostgreSql
            ? new PostgreSqlAuditStore(scheduling.PostgreSqlConnectionString ?? throw new InvalidOperationException("Jobs:PostgreSqlConnectionString est obligatoire avec Jobs:Storage = PostgreSql."))
            : new DuckDbAuditStore(sp.GetRequiredService<IOptions<AuditOptions>>().Value.Path));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<IAuditStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AuditLog>>(),
            configuration["Jobs:ServerName"] is { Length: > 0 } node ? node : Environment.MachineName));

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/connexion";
                options.AccessDeniedPath = "/acces-refuse";
                options.Cookie.Name = "sma.session";
                options.Cookie.HttpOnly = true;
                // Strict would drop the session on the redirect back from an identity provider (a cross-site navigation).
                options.Cookie.SameSite = openIdConnect.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        if (openIdConnect.Enabled)
        {
            authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, options => OpenIdConnectSignIn.Configure(options, openIdConnect));
        }

        // Every page and export requires sign-in unless it says otherwise.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(DashboardClaims.AdministratorPolicy, policy => policy.RequireRole(DashboardClaims.AdministratorRole));
        services.AddCascadingAuthenticationState();
        // SecurityHeaders sends X-Frame-Options: DENY; the antiforgery default would add a second, weaker value.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }
}
