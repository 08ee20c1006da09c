using System.Net;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>A malformed request gets a French 400 page, never a 500 and never a detail of the server.</summary>
public sealed class MalformedRequestTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly string[] s_pages = ["/", "/assistants-medicaux", "/recrutement", "/integration", "/previsions", "/donnees", "/glossaire", "/journal", "/connexion"];

    private static readonly string[] s_exports =
        ["/export/tableau/contrats.csv", "/export/tableau/adhesion.xlsx", "/export/graphique/adhesion.png", "/export/graphique/contrats.svg", "/export/dossier/previsions.zip"];

    private static readonly string[] s_keys = ["region", "department", "periode", "from", "to", "by", "beneficiary", "centreType", "profession", "employer", "ReturnUrl", "erreur"];

    /// <summary>Values a tester or a fuzzer sends: extremes of dates, overflowing numbers, control characters, markup, SQL, paths, long text.</summary>
    private static readonly string[] s_values =
    [
        "", " ", "0001-01-01", "9999-12-31", "2021-02-30", "31/02/2021", "-1", "99999999999999999999", "1e308", "NaN",
        "\t", "%00", "\u0000", "\u202e84", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "//evil.example", "/\\evil",
        new string('9', 5000), "84,11", "84;11", "ÿ", "😀", "region", "0m", "999m", "annee", "tout", "12m",
    ];

    [Fact]
    public async Task APostWithoutOrWithABadAntiforgeryToken_IsA400FrenchPage_WithoutDetail()
    {
        var client = app.Anonymous();

        using var without = await SignInSecurityTests.Post(client, "/connexion", ("utilisateur", "planificateur"), ("motdepasse", "planificateur-demo"));
        using var bad = await SignInSecurityTests.Post(client, "/connexion", ("__RequestVerificationToken", "faux"), ("utilisateur", "planificateur"), ("motdepasse", "x"));

        foreach (var response in new[] { without, bad })
        {
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("<h1>Demande non valide</h1>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
            Assert.DoesNotContain(".cs:line", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Cookie", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task AReturnAddressThatIsNotAPlainLocalPath_SendsHome(string returnUrl)
    {
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/connexion");

        using var response = await client.PostAsync("/connexion",
            SignInSecurityTests.Form(form, ("utilisateur", "planificateur"), ("motdepasse", "planificateur-demo"), ("retour", returnUrl)));

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.ToString()));
    }

    [Fact]
    public async Task ASignInWithoutItsPassword_IsARefusal()
    {
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/connexion");

        using var response = await client.PostAsync("/connexion", SignInSecurityTests.Form(form, ("utilisateur", "planificateur")));

        Assert.Equal((HttpStatusCode.Redirect, "/connexion?erreur=refuse&utilisateur=planificateur"), (response.StatusCode, response.Headers.Location?.ToString()));
    }

    [Theory]
    [InlineData("/?from=0001-01-01&to=9999-12-31")]
    [InlineData("/assistants-medicaux?by=month&from=0001-01-01&to=9999-12-31")]
    [InlineData("/export/tableau/contrats.csv?from=0001-01-01&to=9999-12-31")]
    public async Task DatesAtTheEndsOfTheCalendar_AreAFilterMessage(string path)
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        using var response = await planner.GetAsync(path);
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Contains("date hors limites pour « from » : « 0001-01-01 » (années 2000 à 2099)", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A bounded fuzz: every page and export, each filter key with values drawn (fixed seed) from <see cref="s_values"/>,
    /// signed in as a national user; then the sign-in and sign-out posts with odd fields. Never a 500.
    /// </summary>
    [Fact]
    public async Task EveryRoute_UnderOddQueryStringsAndFormFields_NeverAnswers500()
    {
        var planner = await app.SignedIn("admin", "admin-demo");
        var random = new Random(14);
        var failures = new List<string>();
        foreach (var route in s_pages.Concat(s_exports))
        {
            foreach (var key in s_keys)
            {
                for (var i = 0; i < 2; i++)
                {
                    var query = $"{key}={Uri.EscapeDataString(s_values[random.Next(s_values.Length)])}&{s_keys[random.Next(s_keys.Length)]}={Uri.EscapeDataString(s_values[random.Next(s_values.Length)])}";
                    using var response = await planner.GetAsync($"{route}?{query}");
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} GET {route}?{query}");
                    }
                }
            }
        }

        foreach (var value in s_values)
        {
            foreach (var path in new[] { "/connexion", "/deconnexion" })
            {
                // A client of its own each time: the per-source limit would answer 429 before the fields are read.
                var anonymous = app.Anonymous();
                var form = await anonymous.GetStringAsync("/connexion");
                using var response = await anonymous.PostAsync(path, SignInSecurityTests.Form(form, ("utilisateur", value), ("motdepasse", value), ("retour", value), (value.Length is > 0 and < 100 ? value : "x", value)));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} POST {path} with « {value[..Math.Min(value.Length, 40)]} »");
                }
            }
        }

        Assert.Empty(failures);
    }
}
