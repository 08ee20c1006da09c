using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ServiceMedical.Analytics.Dashboard.Audit;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>The OpenID Connect handler: authorization code with PKCE, the provider's claims mapped to the dashboard's, each sign-in audited.</summary>
public static class OpenIdConnectSignIn
{
    public static void Configure(OpenIdConnectOptions options, OpenIdConnectSettings settings)
    {
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SaveTokens = false;
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
