using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using ServiceMedical.Analytics.Dashboard.Audit;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Sign-in and sign-out: form posts (antiforgery checked by the framework) to the cookie scheme.</summary>
public static partial class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connexion", async (HttpContext context, AccountStore accounts, AuditLog audit, ILoggerFactory loggers,
            [FromForm(Name = "utilisateur")] string userName, [FromForm(Name = "motdepasse")] string password, [FromForm(Name = "retour")] string? returnUrl) =>
        {
            var logger = loggers.CreateLogger("Audit");
            var (outcome, user) = await accounts.SignInAsync(userName, password);
            LogSignIn(logger, userName, outcome.ToString());
            audit.Record(userName, outcome switch
            {
                AccountStore.Outcome.SignedIn => AuditEvents.SignIn,
                AccountStore.Outcome.Locked => AuditEvents.SignInLocked,
                _ => AuditEvents.SignInRefused,
            }, context.Connection.RemoteIpAddress?.ToString());
            if (outcome != AccountStore.Outcome.SignedIn)
            {
                return Results.Redirect($"/connexion?erreur={(outcome == AccountStore.Outcome.Locked ? "verrouille" : "refuse")}");
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user!);
            // Only a local path: never send a signed-in user to another site.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous();

        // Sign-in through the identity provider, when one is configured.
        app.MapGet("/connexion/annuaire", (Microsoft.Extensions.Options.IOptions<OpenIdConnectSettings> settings) =>
            settings.Value.Enabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectSettings.Scheme])
                : Results.NotFound()).AllowAnonymous();

        app.MapPost("/deconnexion", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/connexion");
        });
    }

    [LoggerMessage(10, LogLevel.Information, "Connexion de {UserName} : {Outcome}")]
    private static partial void LogSignIn(ILogger logger, string userName, string outcome);
}
