using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>The uptake map: every region with its value, a click into a region's departments, a director's region.</summary>
[Collection(BrowserGroup.Name)]
public sealed class MapPageTests(BrowserApp app)
{
    [Fact]
    public async Task TheMap_ShowsEveryRegionWithTheBarsValue_AndAClickDrillsIntoItsDepartments()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        await BrowserApp.ShowView(page, "adhesion-zones");
        var bars = await page.Locator("[data-chart=adhesion-zones] svg .hover title").AllTextContentsAsync();
        await BrowserApp.ShowView(page, "adhesion-carte");
        var map = page.Locator("[data-chart=adhesion-carte]");

        // 18 regions, overseas included, each a shape whose hover says its value: the same as its bar's.
        var titles = await map.Locator("svg .hover title").AllTextContentsAsync();
        Assert.Equal(18, titles.Count);
        var aura = Assert.Single(titles, t => t.StartsWith("Auvergne-Rhône-Alpes : ", StringComparison.Ordinal));
        Assert.Contains(aura, bars);
        Assert.Single(titles, t => t.StartsWith("Mayotte : ", StringComparison.Ordinal));
        await Assertions.Expect(map.Locator("svg")).ToContainTextAsync("et plus");

        await map.Locator("svg a[href*='region=84'] path").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("region=84", StringComparison.Ordinal));
        await BrowserApp.Ready(page);
        var departments = await map.Locator("svg .hover title").AllTextContentsAsync();
        Assert.Equal(12, departments.Count);
        Assert.Contains(departments, t => t.StartsWith("Ain : ", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ARegionalDirector_OnATablet_SeesTheDepartmentsOfTheirRegionOnly()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820);

        await BrowserApp.Open(page, "/");

        var titles = await page.Locator("[data-chart=adhesion-carte] svg .hover title").AllTextContentsAsync();
        Assert.Equal(12, titles.Count);
        Assert.DoesNotContain(titles, t => t.StartsWith("Paris", StringComparison.Ordinal));
        await BrowserApp.Screenshot(page, "vue-ensemble-directeur-tablette");
        await page.Context.CloseAsync();
    }
}
