using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Health;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Dashboard;

public static class DependencyInjection
{
    /// <summary>Everything the dashboard needs: options, database, jobs, sign-in, Blazor.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        // First of the hosted services: the start-up work is done before the job server starts and before the first request.
        services.AddHostedService<DashboardStartup>();
        // The same settings, checked the same way, as the command line's: Database, Ingest (MaxRejectedShare), Jobs.
        var (database, policy, scheduling) = JobsConfiguration.Read(configuration);
        services.AddScheduling(scheduling, database, policy, serverName: configuration["Jobs:ServerName"]);
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
        services.AddOptions<SignInLimits>().Bind(configuration.GetSection(SignInLimits.SectionName))
            .Validate(o => o.MaxFailures > 0 && o.AttemptsPerSourcePerMinute > 0 && o.FailuresPerAccount > 0 && o.MaxTracked > 0,
                "SignIn : MaxFailures, AttemptsPerSourcePerMinute, FailuresPerAccount et MaxTracked sont des entiers positifs.")
            .ValidateOnStart();
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
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysFolder"] is { Length: > 0 } keys
                ? keys
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path)) ?? ".", "keys")));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // No form of this app holds more than a few short fields.
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 64;
            options.KeyLengthLimit = 256;
            options.ValueLengthLimit = 16 * 1024;
            options.MultipartBodyLengthLimit = 64 * 1024;
        });
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
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddHealth();
        return services;
    }
}
