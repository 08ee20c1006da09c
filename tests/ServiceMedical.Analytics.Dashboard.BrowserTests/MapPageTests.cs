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

    [Fact]
    public async Task OnATouchScreen_ATapShowsTheValue_AndDrillingDownIsASeparateControl()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo", width: 820, touch: true);
        await BrowserApp.Open(page, "/assistants-medicaux");
        await BrowserApp.ShowView(page, "adhesion-carte");
        var region = page.Locator("[data-chart=adhesion-carte] svg a[href*='region=84'] path");
        var value = await region.Locator("title").TextContentAsync();

        // A tap reads the value: the tip says it, and the page stays where it is.
        await region.TapAsync();
        var tip = page.Locator(".chart-tip");
        await Assertions.Expect(tip).ToContainTextAsync(value!);
        await Assertions.Expect(tip).ToBeInViewportAsync();
        Assert.EndsWith("/assistants-medicaux", page.Url, StringComparison.Ordinal);
        var drill = tip.GetByRole(AriaRole.Link, new() { Name = "Voir le détail de cette zone" });
        Assert.True((await drill.BoundingBoxAsync())!.Height >= 44, "a finger-sized control");
        await BrowserApp.Screenshot(page, "carte-tablette-toucher");

        // A tap on a point without a link (uptake over time) shows its value, with nothing to drill into.
        await BrowserApp.ShowView(page, "adhesion");
        var point = page.Locator("[data-chart=adhesion] svg .hover").Last;
        await point.TapAsync();
        await Assertions.Expect(tip).ToContainTextAsync((await point.Locator("title").TextContentAsync())!);
        await Assertions.Expect(tip.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);

        // Drilling down is the tip's link: tapped, it opens the region and the tip goes.
        await BrowserApp.ShowView(page, "adhesion-carte");
        await region.TapAsync();
        await drill.TapAsync();
        await page.WaitForURLAsync(url => url.Contains("region=84", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Fil d'Ariane" })).ToContainTextAsync("Auvergne-Rhône-Alpes");
        await Assertions.Expect(tip).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
