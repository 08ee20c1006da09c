using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ServiceMedical.Analytics.Dashboard.Audit;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// The OpenID Connect handler: authorization code with PKCE, the provider's claims mapped to the dashboard's, each sign-in
/// audited; signing out of the dashboard ends the provider's session too when the provider has an end-session endpoint.
/// </summary>
public static class OpenIdConnectSignIn
{
    /// <summary>The authentication type of a user signed in through the provider (see <see cref="ExternalClaims"/>).</summary>
    public const string AuthenticationType = "oidc";

    /// <summary>Whether signing <paramref name="user"/> out should also end their provider session: signed in there, and the provider can.</summary>
    public static async Task<bool> EndsProviderSession(HttpContext context, System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType != AuthenticationType)
        {
            return false;
        }

        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectSettings.Scheme);
        try
        {
            var configuration = options.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(context.RequestAborted) : options.Configuration;
            return !string.IsNullOrEmpty(configuration?.EndSessionEndpoint);
        }
        catch (InvalidOperationException)
        {
            // The provider cannot be reached: the dashboard's own session still ends.
            return false;
        }
    }

    public static void Configure(OpenIdConnectOptions options, OpenIdConnectSettings settings)
    {
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        // The ID token is kept in the session (server side, see ServerSideSessions) to end the provider's session on sign-out.
        options.SaveTokens = true;
        options.SignedOutRedirectUri = "/connexion";
        options.MapInboundClaims = false;
        options.CallbackPath = "/signin-oidc";
        options.Scope.Add("profile");
        if (settings.AuthorizationEndpoint is not null)
        {
            options.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = settings.Authority,
                AuthorizationEndpoint = settings.AuthorizationEndpoint,
                TokenEndpoint = settings.TokenEndpoint,
            };
        }

        options.Events.OnTokenValidated = context =>
        {
            var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            var user = context.Principal is { } external ? ExternalClaims.ToDashboardUser(external, settings) : null;
            if (user is null)
            {
                audit.Record(context.Principal?.FindFirst("preferred_username")?.Value, AuditEvents.SignInRefused, "annuaire : rôle ou région inconnus");
                context.Fail("rôle ou région inconnus");
                return Task.CompletedTask;
            }

            audit.Record(user.Identity?.Name, AuditEvents.SignIn, "annuaire");
            context.Principal = user;
            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect("/connexion?erreur=annuaire");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
