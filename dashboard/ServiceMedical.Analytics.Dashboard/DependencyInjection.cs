using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Health;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Ingest;
using ServiceMedical.Analytics.Scheduling.Hosting;
using ServiceMedical.Analytics.Scheduling.Subscriptions;
using ServiceMedical.Analytics.Dashboard.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard;

public static class DependencyInjection
{
    /// <summary>Everything the dashboard needs: options, database, jobs, sign-in, Blazor.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        // First of the hosted services: the start-up work is done before the job server starts and before the first request.
        services.AddHostedService<DashboardStartup>();
        // Every setting read and checked before anything is registered; the shared ones the same way as the command line's.
        var settings = DashboardConfiguration.Read(configuration);
        var (database, policy, scheduling) = settings.Jobs;
        var openIdConnect = settings.OpenIdConnect;
        services.AddSingleton(settings);
        services.AddSingleton(Options.Create(settings.Accounts));
        services.AddSingleton(Options.Create(settings.SignIn));
        services.AddSingleton(Options.Create(openIdConnect));
        services.AddSingleton(Options.Create(settings.Demo));
        services.AddSingleton(Options.Create(settings.Charts));
        services.AddSingleton(TimeProvider.System);
        services.AddIngest(database, policy).AddAnalytics(settings.Jobs.Secrecy).AddScheduling(scheduling);
        services.AddSingleton<DashboardDatabase>();
        // Pages, exports and export packs read the published snapshots through the dashboard's database service.
        services.Replace(ServiceDescriptor.Singleton<IIndicatorReaders>(sp => sp.GetRequiredService<DashboardDatabase>()));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.AddSingleton<AccountStore>();
        services.AddRateLimiter(options => options.AddSignInRateLimit());
        // Sessions live server side: one node keeps them in memory, several share them in PostgreSQL.
        services.AddSingleton<ISessionTickets>(sp => scheduling.UsesPostgreSql
            ? new PostgreSqlSessionTickets(scheduling.PostgreSqlConnectionString!)
            : new MemorySessionTickets(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITicketStore, ServerSideSessions>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ITicketStore>((options, sessions) => options.SessionStore = sessions);
        // Nodes sharing the data folder share the keys that protect cookies and antiforgery tokens.
        services.AddDataProtection()
            .SetApplicationName("ServiceMedical.Analytics")
            .PersistKeysToFileSystem(new DirectoryInfo(settings.Keys.FolderBeside(database.Path)));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // No form of this app holds more than a few short fields.
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 64;
            options.KeyLengthLimit = 256;
            options.ValueLengthLimit = 16 * 1024;
            options.MultipartBodyLengthLimit = 64 * 1024;
        });
        // Subscriptions: users and their rights from the accounts, sending audited in the audit log.
        services.AddSubscriptions(settings.Subscriptions, settings.Mail);
        services.AddSingleton<ISubscriberDirectory, AccountDirectory>();
        services.AddSingleton<IDeliveryAudit>(sp => sp.GetRequiredService<AuditLog>());
        services.AddSingleton<UserSubscriptions>();
        services.AddSingleton<Charts.ChartRenderCache>();
        services.AddHostedService<Charts.ChartCacheWarmer>();
        // One node: the audit log's own DuckDB file. Several nodes: the shared PostgreSQL, so that each shows every node's entries.
        services.AddSingleton<IAuditStore>(sp => scheduling.UsesPostgreSql
            ? new PostgreSqlAuditStore(scheduling.PostgreSqlConnectionString!)
            : new DuckDbAuditStore(settings.Audit.Path));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<IAuditStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AuditLog>>(),
            scheduling.ServerName is { Length: > 0 } node ? node : Environment.MachineName));

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/connexion";
                options.AccessDeniedPath = "/acces-refuse";
                options.Cookie.Name = "sma.session";
                options.Cookie.HttpOnly = true;
                // Secure whenever the request came over HTTPS (behind a proxy: with forwarded headers on, see docs/security.md).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
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
        // The prerendered page's state (the key figures, with their trend over every month since the first data) comes
        // back from the browser in one message when the circuit starts: room for it beyond SignalR's 32 KB default.
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024);
        services.AddHealth();
        return services;
    }
}
