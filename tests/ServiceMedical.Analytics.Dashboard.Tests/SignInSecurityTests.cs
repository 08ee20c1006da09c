using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServiceMedical.Analytics.Dashboard.Security;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>Sign-in under attack: it can be used neither against the service (memory, disk) nor against its users (lockout, enumeration).</summary>
public sealed class SignInSecurityTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AHugeUserName_IsRefusedBeforeItIsRead_AndLeavesNoTrace()
    {
        var client = app.Anonymous();
        var huge = new string('x', 3 * 1024 * 1024);
        var tracked = app.Services.GetRequiredService<SignInThrottle>().Tracked;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Post(client, "/connexion", ("utilisateur", huge), ("motdepasse", "x"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, s.ToString()));
        Assert.Equal(tracked, app.Services.GetRequiredService<SignInThrottle>().Tracked);
        var journal = await (await app.SignedIn("admin", "admin-demo")).GetStringAsync("/journal");
        Assert.DoesNotContain("xxxxxxxxxx", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongUserName_IsARefusal_RecordedCut()
    {
        var (_, location) = await SignIn(app.Anonymous(), new string('y', 5000), "x");

        // The name typed comes back to the form only when it could be a real one.
        Assert.Equal("/connexion?erreur=refuse", location);
        var journal = WebUtility.HtmlDecode(await (await app.SignedIn("admin", "admin-demo")).GetStringAsync("/journal"));
        Assert.Contains($"<td>{new string('y', SignInLimits.MaxUserNameLength)}…</td><td>connexion refusée</td>", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttacker_LocksOnlyThemself_NotTheAccountsOwner()
    {
        var attacker = app.Anonymous();
        var outcomes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add((await SignIn(attacker, "directeur.aura", "devine")).Location);
        }

        var owner = await SignIn(app.Anonymous(), "directeur.aura", "directeur-aura-demo");
        var attackerWithThePassword = await SignIn(attacker, "directeur.aura", "directeur-aura-demo");

        Assert.Equal([.. Enumerable.Repeat("/connexion?erreur=refuse&utilisateur=directeur.aura", 4), "/connexion?erreur=verrouille&utilisateur=directeur.aura", "/connexion?erreur=verrouille&utilisateur=directeur.aura"], outcomes);
        Assert.Equal((HttpStatusCode.Redirect, "/"), owner);
        Assert.Equal("/connexion?erreur=verrouille&utilisateur=directeur.aura", attackerWithThePassword.Location);
    }

    [Fact]
    public async Task ASourcePostingTooOften_Waits_WithAFrenchPage()
    {
        var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await SignIn(client, $"inconnu{i}", "x")).Status);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, 10), HttpStatusCode.TooManyRequests], statuses);
        using var page = await Post(client, "/connexion", ("utilisateur", "a"), ("motdepasse", "b"));
        Assert.Contains("Trop d'essais", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyWrongPasswordsAtOnce_GetFourRefusals_ThenTheLock()
    {
        using var host = app.WithWebHostBuilder(b => b.UseSetting("SignIn:AttemptsPerSourcePerMinute", "100"));
        var client = DashboardApp.ClientFrom(host);
        var form = await client.GetStringAsync("/connexion");

        var locations = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await client.PostAsync("/connexion", Form(form, ("utilisateur", "admin"), ("motdepasse", "mauvais")));
            return response.Headers.Location?.ToString();
        }));

        Assert.Equal(4, locations.Count(l => l == "/connexion?erreur=refuse&utilisateur=admin"));
        Assert.Equal(16, locations.Count(l => l == "/connexion?erreur=verrouille&utilisateur=admin"));
    }

    [Fact]
    public void AnUnknownName_CostsTheSamePasswordCheck_AsAKnownOne()
    {
        var hasher = new CountingHasher();
        var accounts = app.Services.GetRequiredService<IOptions<AccountOptions>>();
        var store = new AccountStore(accounts, new SignInThrottle(Options.Create(new SignInLimits()), new FakeTimeProvider()), hasher);
        hasher.Checks = 0;

        store.SignIn("personne", "x", "10.9.9.1");
        var unknown = hasher.Checks;
        store.SignIn("admin", "x", "10.9.9.1");
        var known = hasher.Checks - unknown;
        store.SignIn("admin", null, "10.9.9.1");
        var missing = hasher.Checks - unknown - known;

        Assert.Equal((1, 1, 1), (unknown, known, missing));
    }

    [Fact]
    public async Task SigningOut_EndsTheSession_ACopiedCookieOpensNothing_AndAPostWithoutTokenIsRefused()
    {
        // Cookies handled by hand, as someone who copied them would.
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
        using var signInPage = await client.GetAsync("/connexion");
        var antiforgery = Cookies(signInPage);
        var post = new HttpRequestMessage(HttpMethod.Post, "/connexion")
        {
            Content = Form(await signInPage.Content.ReadAsStringAsync(), ("utilisateur", "planificateur"), ("motdepasse", "planificateur-demo")),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        var session = Cookies(signedIn);
        var both = $"{antiforgery}; {session}";

        using var forged = await Send(client, HttpMethod.Post, "/deconnexion", both, new FormUrlEncodedContent([]));
        using var stillIn = await Send(client, HttpMethod.Get, "/", both);
        var page = await stillIn.Content.ReadAsStringAsync();
        using var signOut = await Send(client, HttpMethod.Post, "/deconnexion", both, Form(page));
        using var replayed = await Send(client, HttpMethod.Get, "/", session);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (signedIn.StatusCode, signedIn.Headers.Location?.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("http://localhost/connexion", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverHttps_TheSessionCookieIsSecure_AndBrowsersAreToldToStayOnHttps()
    {
        var client = DashboardApp.ClientFrom(app, baseAddress: "https://tableaux.sante.example");
        var form = await client.GetStringAsync("/connexion");

        using var response = await client.PostAsync("/connexion", Form(form, ("utilisateur", "planificateur"), ("motdepasse", "planificateur-demo")));

        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sma.session=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    internal static async Task<(HttpStatusCode Status, string Location)> SignIn(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/connexion");
        using var response = await client.PostAsync("/connexion", Form(form, ("utilisateur", userName), ("motdepasse", password), ("retour", "/")));
        return (response.StatusCode, response.Headers.Location?.ToString() ?? "");
    }

    /// <summary>A post with the form's fields and no antiforgery token.</summary>
    internal static Task<HttpResponseMessage> Post(HttpClient client, string path, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>The fields given, with the antiforgery token of <paramref name="page"/>.</summary>
    internal static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Prepend(KeyValuePair.Create("__RequestVerificationToken", DashboardApp.Token(page))));

    /// <summary>The cookies a response sets, as a Cookie header (name=value; …).</summary>
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string cookies, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
    }

    private sealed class CountingHasher : IPasswordHasher<string>
    {
        private readonly PasswordHasher<string> _inner = new();

        public int Checks { get; set; }

        public string HashPassword(string user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(string user, string hashedPassword, string providedPassword)
        {
            Checks++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
