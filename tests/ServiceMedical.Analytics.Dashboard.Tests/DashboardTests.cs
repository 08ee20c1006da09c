using System.Buffers.Binary;
using System.Net;

namespace ServiceMedical.Analytics.Dashboard.Tests;

public sealed class DashboardTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/assistants-medicaux?region=84")]
    [InlineData("/recrutement")]
    [InlineData("/integration")]
    [InlineData("/donnees")]
    [InlineData("/journal")]
    [InlineData("/export/tableau/adhesion.xlsx")]
    [InlineData("/export/dossier/assistants-medicaux.zip")]
    [InlineData("/export/tableau/adhesion.csv")]
    [InlineData("/export/graphique/adhesion.png")]
    public async Task EveryPageAndExport_RequiresSignIn(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/connexion", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionalDirector_SeesTheirRegionsUptake_ChartAndTable()
    {
        var client = await app.SignedIn("directeur.aura", "directeur-aura-demo");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/assistants-medicaux?region=84"));

        Assert.Contains("<h1>Assistants médicaux</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        // The 01/01/2021 snapshot counted on the data horizon (31/12/2021): 2 eligible in the Ain, 1 under contract: 50,0 % —
        // exact on screen, each marked as what the exports mask.
        Assert.Matches(@"<td>01/01/2021</td><td>84</td><td>Auvergne-Rhône-Alpes</td><td>31/12/2021</td>" +
            @"<td class=""num secret"">2</td><td class=""num secret"">1</td><td class=""num secret"">50,0\s%</td>", page);
        Assert.Contains("Données jusqu'au 31/12/2021", page, StringComparison.Ordinal);
        // The period is said once, in the key figures' heading.
        Assert.Contains("Chiffres clés du 01/01/2021 au 31/12/2021", page, StringComparison.Ordinal);
        Assert.Contains("12 derniers mois complets · comparés", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Période : du", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionalDirector_AskingAnotherRegion_GetsAnAuthorisationMessage_AndNoData()
    {
        var client = await app.SignedIn("directeur.aura", "directeur-aura-demo");

        var page = await client.GetStringAsync("/assistants-medicaux?region=11");
        using var csv = await client.GetAsync("/export/tableau/adhesion.csv?region=11");
        using var png = await client.GetAsync("/export/graphique/adhesion.png");
        using var zip = await client.GetAsync("/export/dossier/assistants-medicaux.zip?region=11");

        Assert.Contains("Accès refusé : votre périmètre est la région 84", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, png.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, zip.StatusCode);
    }

    [Fact]
    public async Task Exports_PngIs1600PixelsWide_CsvHasTheIndicatorsFigures_UnderTheSmallCountRule()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        var png = await client.GetByteArrayAsync("/export/graphique/adhesion.png?region=84");
        var csvBytes = await client.GetByteArrayAsync("/export/tableau/adhesion.csv?by=region");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));   // IHDR width
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);   // UTF-8 byte-order mark, for spreadsheets
        // Île-de-France: 1 eligible, 0 under contract; Auvergne-Rhône-Alpes: 2 and 1. Counts of 1 to 10 read « < 11 », zero
        // stays zero, and a rate on a masked count is « secret ».
        Assert.Equal(
            "Instantané;Code zone;Zone;Compté au;Éligibles;Sous contrat;Taux d'adhésion\r\n" +
            "01/01/2021;11;Île-de-France;31/12/2021;< 11;0;secret\r\n01/01/2021;84;Auvergne-Rhône-Alpes;31/12/2021;< 11;< 11;secret\r\n", System.Text.Encoding.UTF8.GetString(csvBytes[3..]));
    }

    [Fact]
    public async Task RecruitmentPage_WithADepartmentInTheUrl_SaysOnceThatRecruitmentIsRegional()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/recrutement?department=01"));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "role=\"alert\""));
        Assert.Contains("Filtre non valide : les praticiens-conseils sont recrutés par région", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_ThenTheAccountLocks()
    {
        var client = app.Anonymous();

        var first = await DashboardApp.SignIn(client, "admin", "mauvais");
        for (var i = 0; i < 3; i++)
        {
            await DashboardApp.SignIn(client, "admin", "mauvais");
        }

        var fifth = await DashboardApp.SignIn(client, "admin", "mauvais");
        var rightPasswordWhileLocked = await DashboardApp.SignIn(client, "admin", "admin-demo");

        Assert.Equal("/connexion?erreur=refuse&utilisateur=admin", first.Location);
        Assert.Equal("/connexion?erreur=verrouille&utilisateur=admin", fifth.Location);
        Assert.Equal("/connexion?erreur=verrouille&utilisateur=admin", rightPasswordWhileLocked.Location);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndAFrenchLoginForm()
    {
        using var response = await app.Anonymous().GetAsync("/connexion");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("DENY", response.Headers.GetValues("X-Frame-Options"));
        Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("frame-ancestors 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Mot de passe", html, StringComparison.Ordinal);
    }
}
