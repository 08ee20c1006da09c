using System.Net;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>The glossary page: the dashboard's words, then every indicator's definition from the registry, behind sign-in.</summary>
public sealed class GlossaryTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task TheGlossary_ExplainsTheWords_AndDefinesEveryIndicator_ForSignedInUsersOnly()
    {
        using var anonymous = await app.Anonymous().GetAsync("/glossaire");
        var director = await app.SignedIn("directeur.aura", "directeur-aura-demo");

        var page = WebUtility.HtmlDecode(await director.GetStringAsync("/glossaire"));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/connexion", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<h1>Glossaire</h1>", page, StringComparison.Ordinal);
        // Each section has the anchor the contents link to.
        foreach (var section in new[] { "lire-les-pages", "assistants-medicaux", "recrutement-et-integration-des-praticiens-conseils", "previsions", "indicateurs" })
        {
            Assert.Contains($"id=\"{section}\"", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"glossaire#{section}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("<strong>Taux d'adhésion</strong> : part des structures éligibles", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Intervalle à 80 % (à 95 %)</strong>", page, StringComparison.Ordinal);
        // Every indicator of the registry, under the anchor a tile's ⓘ links to, with its definition and its page.
        Assert.All(IndicatorCatalog.All, indicator =>
        {
            Assert.Contains($"id=\"indicateur-{indicator.Name}\"", page, StringComparison.Ordinal);
            Assert.Contains($">{indicator.Title}</h3>", page, StringComparison.Ordinal);
        });
        Assert.Contains("Sur la page : Vue d'ensemble, Assistants médicaux", page, StringComparison.Ordinal);
    }
}
