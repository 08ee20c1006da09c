using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>The Prévisions page on the national demo, as a planner and as a regional director see it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ForecastPageTests(BrowserApp app)
{
    [Fact]
    public async Task Planner_SeesSixAndTwelveMonthForecasts_WithTheModelAndItsAccuracy()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");

        await BrowserApp.Open(page, "/previsions");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Prévisions de l'adhésion");
        await Assertions.Expect(page.Locator("article.kpi[data-horizon='6'] h3")).ToContainTextAsync("Dans 6 mois");
        await Assertions.Expect(page.Locator("article.kpi[data-horizon='12'] .kpi-detail")).ToContainTextAsync("intervalle à 80 %");
        await Assertions.Expect(page.Locator(".forecast-model")).ToContainTextAsync("Méthode retenue");
        await Assertions.Expect(page.Locator(".forecast-model")).ToContainTextAsync("mieux que de supposer qu'aucune signature ne s'ajoute");
        // Seven years of demo history: tried on 24 months, no short-history note.
        await Assertions.Expect(page.Locator(".forecast-model")).ToContainTextAsync("la plus juste sur les 24 derniers mois");
        await Assertions.Expect(page.Locator(".short-history")).ToHaveCountAsync(0);
        // Intervals that contained over 90 % of past values say why they are wide (on the demo, whose pace changes little).
        var model = await page.Locator(".forecast-model").InnerTextAsync();
        var coverage = double.Parse(System.Text.RegularExpressions.Regex.Match(model, @"80 % ont contenu la valeur réelle dans (\d+,\d) %").Groups[1].Value, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal(coverage > 90, model.Contains("plus larges que ses écarts passés ne le demandent : le rythme des signatures peut changer d'un quart", StringComparison.Ordinal));
        // The forecast's points carry their intervals on hover; the accuracy table lists the five models.
        Assert.True(await page.Locator("[data-chart=prevision-adhesion] svg .hover title", new() { HasTextString = "80 % :" }).CountAsync() >= 12);
        await Assertions.Expect(page.Locator("[data-chart=prevision-precision] table tbody tr")).ToHaveCountAsync(5);
        await BrowserApp.Screenshot(page, "previsions");

        // The same for centres de santé only: fewer eligible, their own forecast.
        await page.Locator("select[name=beneficiary]").SelectOptionAsync("centre_sante");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("beneficiary=centre_sante"));
        await BrowserApp.Ready(page);
        await Assertions.Expect(page.Locator("article.kpi[data-horizon='6'] .kpi-value")).ToContainTextAsync("centres de santé signataires");
        await Assertions.Expect(page.Locator("[data-chart=prevision-adhesion] table caption")).ToContainTextAsync("centres de santé");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RegionalDirector_OnATablet_SeesTheirRegionsForecast_AndTheContractsChartContinuesIt()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820);

        await BrowserApp.Open(page, "/previsions");
        await Assertions.Expect(page.Locator("[data-chart=prevision-adhesion] table caption")).ToContainTextAsync("Auvergne-Rhône-Alpes");
        await BrowserApp.Screenshot(page, "previsions-directeur-tablette");
        await BrowserApp.Open(page, "/assistants-medicaux");

        await Assertions.Expect(page.Locator("[data-chart=contrats] svg")).ToContainTextAsync("Contrats signés et en vigueur, prévision — ");
        Assert.True(await page.Locator("[data-chart=contrats] svg .hover title", new() { HasTextString = "95 % :" }).CountAsync() >= 12);
        await page.Context.CloseAsync();
    }
}
