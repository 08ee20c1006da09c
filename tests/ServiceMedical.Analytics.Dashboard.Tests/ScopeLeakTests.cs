using System.Net;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>What a regional director could see of other regions through the Données page or an export's less used parameters.</summary>
public sealed class ScopeLeakTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task DataPage_ShowsARegionalDirectorTheirRegionsRows_AndNoLoadOrError()
    {
        // The fixture: three centres, two in the Ain (AURA) and one in Paris; three eligibility rows likewise; one contract, in the Ain.
        var director = WebUtility.HtmlDecode(await (await app.SignedIn("directeur.aura", "directeur-aura-demo")).GetStringAsync("/donnees"));
        var planner = WebUtility.HtmlDecode(await (await app.SignedIn("planificateur", "planificateur-demo")).GetStringAsync("/donnees"));

        Assert.Contains("<th scope=\"col\">Lignes de votre région</th>", director, StringComparison.Ordinal);
        Assert.Matches("<td>Centres de santé</td>\\s*<td class=\"num\">2</td>", director);
        Assert.Matches("<td>Éligibilité \\(instantanés semestriels\\)</td>\\s*<td class=\"num\">2</td>", director);
        Assert.Contains("Les chargements des extractions nationales sont réservés aux utilisateurs nationaux.", director, StringComparison.Ordinal);
        Assert.DoesNotContain("centres_sante.csv</td><td>Centres de santé</td>", director, StringComparison.Ordinal);
        Assert.Matches("<td>Centres de santé</td>\\s*<td class=\"num\">3</td>", planner);
        Assert.Contains("<td>centres_sante.csv</td>", planner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/dossier/previsions.zip?department=75")]
    [InlineData("/export/graphique/prevision-adhesion.png?department=75")]
    [InlineData("/export/tableau/prevision-precision.csv?department=75")]
    [InlineData("/export/dossier/recrutement.zip?department=75")]
    [InlineData("/export/dossier/previsions.pdf?department=75")]
    public async Task AnExportThatIgnoresTheDepartment_StillRefusesOneOutsideTheRegion_AndTheRefusalIsAudited(string path)
    {
        var director = await app.SignedIn("directeur.aura", "directeur-aura-demo");

        using var response = await director.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("votre périmètre est la région 84, la demande porte sur le département 75", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var journal = WebUtility.HtmlDecode(await (await app.SignedIn("admin", "admin-demo")).GetStringAsync("/journal"));
        Assert.Contains($"<td>directeur.aura</td><td>export refusé</td><td>{path.Split('/')[^1].Split('?')[0]}</td><td>department=75</td>", journal, StringComparison.Ordinal);
    }
}
