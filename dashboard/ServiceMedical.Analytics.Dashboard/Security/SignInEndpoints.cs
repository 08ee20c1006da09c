using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Dashboard.Audit;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Sign-in and sign-out: form posts (antiforgery checked) to the cookie scheme. Every field is bounded; a source that
/// posts too often waits (ASP.NET Core's rate limiter); wrong passwords are counted by <see cref="SignInThrottle"/>.
/// </summary>
public static partial class SignInEndpoints
{
    public const string RateLimitPolicy = "connexion";

    /// <summary>The sign-in form is three short fields: a larger body is refused before it is read.</summary>
    private const long MaxBodyBytes = 16 * 1024;

    /// <summary>The per-source limit on sign-in posts, read from <see cref="SignInLimits"/>; a refused post gets a French 429 page.</summary>
    public static void AddSignInRateLimit(this RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(RateLimitPolicy, context =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value.AttemptsPerSourcePerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(SourceOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.OnRejected = (rejected, _) =>
        {
            rejected.HttpContext.RequestServices.GetRequiredService<AuditLog>().Record(null, AuditEvents.SignInThrottled, SourceOf(rejected.HttpContext));
            return ValueTask.CompletedTask;
        };
    }

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connexion", async (HttpContext context, AccountStore accounts, AuditLog audit, ILoggerFactory loggers,
            [FromForm(Name = "utilisateur")] string? userName, [FromForm(Name = "motdepasse")] string? password, [FromForm(Name = "retour")] string? returnUrl) =>
        {
            var source = SourceOf(context);
            var name = userName?.Trim() ?? "";
            // A field longer than any real one is a wrong answer, never a bigger key, log line or audit entry.
            var given = password is { Length: > 0 and <= SignInLimits.MaxPasswordLength } ? password : null;
            var (outcome, user) = accounts.SignIn(name, given, source);
            var shown = name.Length > SignInLimits.MaxUserNameLength ? name[..SignInLimits.MaxUserNameLength] + "…" : name;
            LogSignIn(loggers.CreateLogger("Audit"), shown, outcome.ToString(), source);
            audit.Record(shown.Length == 0 ? null : shown, outcome switch
            {
                AccountStore.Outcome.SignedIn => AuditEvents.SignIn,
                AccountStore.Outcome.Locked => AuditEvents.SignInLocked,
                AccountStore.Outcome.Throttled => AuditEvents.SignInThrottled,
                _ => AuditEvents.SignInRefused,
            }, source);
            if (outcome != AccountStore.Outcome.SignedIn)
            {
                // Back to the form with the reason, the name typed (not to type it again) and where the user was going.
                KeyValuePair<string, string?>[] again =
                [
                    new("erreur", outcome switch
                    {
                        AccountStore.Outcome.Locked => "verrouille",
                        AccountStore.Outcome.Throttled => "ralenti",
                        _ => "refuse",
                    }),
                    new("utilisateur", name.Length is > 0 and <= SignInLimits.MaxUserNameLength ? name : null),
                    new("ReturnUrl", LocalReturnUrl.Or(returnUrl, "/") is { Length: > 1 } back ? back : null),
                ];
                return Results.Redirect("/connexion" + QueryString.Create(again.Where(p => p.Value is not null)));
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user!);
            // Only a local path: never send a signed-in user to another site, nor fail on a malformed one.
            return Results.Redirect(LocalReturnUrl.Or(returnUrl, "/"));
        })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithFormOptions(valueCountLimit: 8, keyLengthLimit: 64, valueLengthLimit: (int)MaxBodyBytes);

        // Sign-in through the identity provider, when one is configured.
        app.MapGet("/connexion/annuaire", (IOptions<OpenIdConnectSettings> settings) =>
            settings.Value.Enabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectSettings.Scheme])
                : Results.NotFound()).AllowAnonymous();

        // Sign-out ends the session server side (ServerSideSessions): the cookie, replayed later, opens nothing.
        app.MapPost("/deconnexion", async (HttpContext context, IAntiforgery antiforgery, AuditLog audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }

            audit.Record(context.User.Identity?.Name, AuditEvents.SignOut, SourceOf(context));
            if (await OpenIdConnectSignIn.EndsProviderSession(context, context.User))
            {
                // The provider's sign-out first: it reads the ID token from the session, which the cookie's sign-out then ends.
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/connexion" },
                    [OpenIdConnectSettings.Scheme, CookieAuthenticationDefaults.AuthenticationScheme]);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/connexion");
        }).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
    }

    /// <summary>The client's address (behind a proxy, the forwarded one once ForwardedHeaders is on).</summary>
    public static string SourceOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "inconnue";

    [LoggerMessage(10, LogLevel.Information, "Connexion de {UserName} : {Outcome} (source {Source})")]
    private static partial void LogSignIn(ILogger logger, string userName, string outcome, string source);
}
