using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// Single sign-on through the whole authorization-code flow with PKCE, against a real provider on loopback: the browser's
/// trips are made by hand (the dashboard's, then the provider's, then the dashboard's callback), the dashboard's own
/// calls to the provider (discovery, keys, token) are real HTTP.
/// </summary>
public sealed partial class SingleSignOnTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Dashboard = "https://localhost";
    private TestIdentityProvider _provider = null!;
    private WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.Start(Dashboard);
        _host = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", _provider.Issuer);
            b.UseSetting("Authentication:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
            b.UseSetting("Authentication:OpenIdConnect:ClientSecret", TestIdentityProvider.ClientSecret);
            b.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task ARegionalDirector_SignsInThroughTheProvider_WithTheirRoleAndRegion_AndSeesOnlyTheirRegion()
    {
        _provider.NextUser = ("d.aura", "Directrice AURA", "regional", "84");
        var browser = new Browser(_host);

        var landing = await SignIn(browser);

        Assert.Equal("/", landing);
        var home = WebUtility.HtmlDecode(await browser.Dashboard.GetStringAsync("/"));
        Assert.Matches("<span class=\"user\"[^>]*>Directrice AURA</span>", home);
        var own = WebUtility.HtmlDecode(await browser.Dashboard.GetStringAsync("/assistants-medicaux?region=84"));
        var other = WebUtility.HtmlDecode(await browser.Dashboard.GetStringAsync("/assistants-medicaux?region=11"));
        Assert.DoesNotContain("accès refusé", own, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Accès refusé : votre périmètre est la région 84, la demande porte sur la région 11", other, StringComparison.Ordinal);
        using var export = await browser.Dashboard.GetAsync("/export/tableau/contrats.csv?region=11");
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("invite", null)]
    [InlineData("regional", null)]
    [InlineData("regional", "99")]
    public async Task AUserWithoutAKnownRoleOrRegion_IsRefused_AndTheRefusalAudited(string? role, string? region)
    {
        var userName = $"x.{role ?? "sans-role"}.{region ?? "sans-region"}";
        _provider.NextUser = (userName, "X", role, region);
        var browser = new Browser(_host);

        var landing = await SignIn(browser);

        Assert.Equal("/connexion?erreur=annuaire", landing);
        using var home = await browser.Dashboard.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var admin = DashboardApp.ClientFrom(_host);
        await DashboardApp.SignIn(admin, "admin", "admin-demo");
        var journal = WebUtility.HtmlDecode(await admin.GetStringAsync($"/journal"));
        Assert.Contains($"<td>{userName}</td><td>connexion refusée</td><td>annuaire : rôle ou région inconnus</td>", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOut_EndsTheProviderSessionToo_AndTheDashboardSession()
    {
        _provider.NextUser = ("p.national", "Planificatrice", "national", null);
        var browser = new Browser(_host);
        Assert.Equal("/", await SignIn(browser));
        var page = await browser.Dashboard.GetStringAsync("/");

        using var signOut = await browser.Dashboard.PostAsync("/deconnexion", SignInSecurityTests.Form(page));
        var endSession = signOut.Headers.Location!;
        using var atProvider = await browser.Provider.GetAsync(endSession);
        using var back = await browser.Dashboard.GetAsync(atProvider.Headers.Location!.PathAndQuery);
        using var after = await browser.Dashboard.GetAsync("/");

        Assert.StartsWith(_provider.Issuer + "connect/logout?", endSession.ToString(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", endSession.Query, StringComparison.Ordinal);
        Assert.Equal(["p.national"], _provider.EndedSessions);
        Assert.Equal(Dashboard + "/signout-callback-oidc", atProvider.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("/connexion", back.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith(Dashboard + "/connexion", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The browser's part of the flow: to the provider (which signs the test's user in at once), back to the dashboard
    /// with the code (a form post, as the provider answers); returns where the dashboard sends the user then.
    /// </summary>
    private static async Task<string> SignIn(Browser browser)
    {
        using var challenge = await browser.Dashboard.GetAsync("/connexion/annuaire");
        var authorize = challenge.Headers.Location!;
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        using var answer = await browser.Provider.GetAsync(authorize);
        var form = await answer.Content.ReadAsStringAsync();
        var action = FormAction().Match(form).Groups[1].Value;
        var fields = FormField().Matches(form).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
        Assert.Equal(Dashboard + "/signin-oidc", action);
        using var callback = await browser.Dashboard.PostAsync("/signin-oidc", new FormUrlEncodedContent(fields));
        return callback.Headers.Location?.ToString() ?? $"(status {(int)callback.StatusCode})";
    }

    /// <summary>A person's browser: its cookies for the dashboard, and its cookies for the provider.</summary>
    private sealed class Browser(WebApplicationFactory<Program> host)
    {
        public HttpClient Dashboard { get; } = DashboardApp.ClientFrom(host, baseAddress: SingleSignOnTests.Dashboard);

        public HttpClient Provider { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex FormField();
}
