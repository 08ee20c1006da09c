using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceMedical.Analytics.Dashboard.Security;

namespace ServiceMedical.Analytics.Dashboard.Tests;

public sealed class OpenIdConnectTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly OpenIdConnectSettings s_settings = new() { Authority = "https://idp.example/realms/am", ClientId = "tableaux-de-bord" };

    [Fact]
    public async Task WithAnIdentityProviderConfigured_TheSignInPageOffersIt_AndItRedirectsThere()
    {
        using var withProvider = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", s_settings.Authority);
            b.UseSetting("Authentication:OpenIdConnect:ClientId", s_settings.ClientId);
            b.UseSetting("Authentication:OpenIdConnect:AuthorizationEndpoint", "https://idp.example/realms/am/auth");
            b.UseSetting("Authentication:OpenIdConnect:TokenEndpoint", "https://idp.example/realms/am/token");
        });
        var client = withProvider.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var form = await client.GetStringAsync("/connexion");
        using var challenge = await client.GetAsync("/connexion/annuaire");

        Assert.Contains("href=\"connexion/annuaire\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith("https://idp.example/realms/am/auth?client_id=tableaux-de-bord", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnIdentityProvider_ThereIsNoSuchSignIn()
    {
        using var response = await app.Anonymous().GetAsync("/connexion/annuaire");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ProviderClaims_MapToTheDashboardsRoleAndRegion()
    {
        var user = ExternalClaims.ToDashboardUser(External(("preferred_username", "j.martin"), ("name", "J. Martin"), ("role", "regional"), ("region", "84")), s_settings)!;

        Assert.Equal("j.martin", user.Identity!.Name);
        Assert.Equal("J. Martin", user.DisplayName());
        Assert.True(user.IsInRole("regional"));
        Assert.Equal("84", user.Scope().Region);
    }

    [Theory]
    [InlineData("invité", null)]
    [InlineData("regional", null)]
    [InlineData("regional", "99")]
    public void ProviderClaims_WithoutAKnownRoleOrRegion_AreRefused(string role, string? region)
    {
        var claims = new List<(string, string)> { ("preferred_username", "x"), ("role", role) };
        if (region is not null)
        {
            claims.Add(("region", region));
        }

        Assert.Null(ExternalClaims.ToDashboardUser(External([.. claims]), s_settings));
    }

    private static ClaimsPrincipal External(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
