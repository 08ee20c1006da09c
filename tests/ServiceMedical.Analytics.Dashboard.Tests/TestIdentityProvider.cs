using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on a loopback port, for the dashboard's single sign-on tests:
/// authorization code with PKCE, one registered client, its own session (a cookie) that the end-session endpoint
/// ends. The user it signs in is the one the test names in <see cref="NextUser"/>.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "tableaux-de-bord";
    public const string ClientSecret = "secret-de-test";
    private const string SessionCookie = "idp-session";

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app) => _app = app;

    /// <summary>The provider's issuer, with its trailing slash: the dashboard's Authority.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Who signs in next: the claims the provider releases (null values are not released).</summary>
    public (string UserName, string Name, string? Role, string? Region) NextUser { get; set; } = ("j.martin", "Jeanne Martin", "national", null);

    /// <summary>The users whose provider session an end-session request ended, with the id_token_hint's subject.</summary>
    public ConcurrentQueue<string> EndedSessions { get; } = new();

    /// <summary>Where the dashboard's callbacks are (the test's base address for it).</summary>
    public required string DashboardAddress { get; init; }

    public static async Task<TestIdentityProvider> Start(string dashboardAddress)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        TestIdentityProvider? provider = null;
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/logout");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No database: the one client is checked by the handlers below.
            options.EnableDegradedMode();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.RedirectUri != provider!.DashboardAddress + "/signin-oidc")
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidClient, "client ou adresse de retour inconnus");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidClient, "client inconnu");
                }

                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri is { } back && back != provider!.DashboardAddress + "/signout-callback-oidc")
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidRequest, "adresse de retour inconnue");
                }

                return default;
            }));
        });
        var app = builder.Build();
        provider = new TestIdentityProvider(app) { DashboardAddress = dashboardAddress };
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Func<HttpContext, IResult>)provider.Authorize);
        app.MapMethods("/connect/logout", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)provider.EndSession);
        await app.StartAsync();
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Signs <see cref="NextUser"/> in (the provider's own sign-in page is not what is tested) and keeps a provider session.</summary>
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an authorization request");
        var user = NextUser;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.UserName).SetClaim(Claims.PreferredUsername, user.UserName).SetClaim(Claims.Name, user.Name);
        if (user.Role is not null)
        {
            identity.SetClaim("role", user.Role);
        }

        if (user.Region is not null)
        {
            identity.SetClaim("region", user.Region);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        context.Response.Cookies.Append(SessionCookie, user.UserName);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Ends the provider session of the user the id_token_hint names, then sends the user back to the dashboard.</summary>
    private async Task<IResult> EndSession(HttpContext context)
    {
        var hinted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = hinted.Principal?.GetClaim(Claims.Subject);
        if (subject is not null && context.Request.Cookies[SessionCookie] == subject)
        {
            EndedSessions.Enqueue(subject);
            context.Response.Cookies.Delete(SessionCookie);
        }

        return Results.SignOut(new AuthenticationProperties(), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
