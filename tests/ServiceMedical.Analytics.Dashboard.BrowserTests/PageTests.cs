using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>What a planner and a regional director see in a real browser, with a screenshot of each page.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PageTests(BrowserApp app)
{
    [Theory]
    [InlineData("/", "Vue d'ensemble", "vue-ensemble")]
    [InlineData("/assistants-medicaux", "Assistants médicaux", "assistants-medicaux")]
    [InlineData("/recrutement", "Recrutement des praticiens-conseils", "recrutement")]
    [InlineData("/integration", "Intégration des praticiens-conseils", "integration")]
    [InlineData("/donnees", "Données", "donnees")]
    public async Task EveryPage_ShowsItsTitle_ChartsAndDataDate(string path, string title, string screenshot)
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        // Whatever the browser refuses (a script or a connection the CSP blocks) or fails to run shows in its console.
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Add(message.Text);
            }
        };
        page.PageError += (_, error) => console.Add(error);

        await page.GotoAsync(path);
        if (path != "/donnees")
        {
            await BrowserApp.Ready(page);
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".freshness")).ToContainTextAsync("Dernier chargement réussi|Données jusqu'au".Split('|')[path == "/donnees" ? 0 : 1]);
        if (path != "/donnees")
        {
            // Every chart carries its exact values on hover.
            Assert.True(await page.Locator(".chart svg").CountAsync() >= 1);
            Assert.True(await page.Locator(".chart svg .hover title").CountAsync() >= 1);
        }

        Assert.Equal(0, await page.Locator(".error").CountAsync());
        // Plain words for a director: no statistician's or library's term in what the page shows (a definition may explain one).
        var shown = await page.EvaluateAsync<string>("[...document.querySelectorAll('h1, h2, h3, p, li, th, caption, .chart svg text')].filter(e => !e.closest('.definition-text')).map(e => e.textContent).join(' | ')");
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("MASE|[Bb]acktest|FastTree|dérive|centile|[Nn]aïf|naïve"), shown);
        // No piece of markup code leaks onto the page (a stray brace once showed under the filters).
        Assert.DoesNotContain((await page.Locator("body").InnerTextAsync()).Split('\n'), line => line.Trim() is "}" or "{" or ";");
        var favicon = await page.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal((200, "image/x-icon"), (favicon.Status, favicon.Headers["content-type"]));
        await BrowserApp.Screenshot(page, screenshot);
        Assert.Empty(console);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Overview_OnAFreshDemo_ShowsCurrentNonZeroKeyFigures_OverTheLast12CompleteMonths()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");

        await BrowserApp.Open(page, "/");

        // The demo a fresh clone makes runs to the end of last month: the page opens on the twelve months before.
        var lastMonth = ServiceMedical.Analytics.DemoData.DemoOptions.LastCompleteMonth(TimeProvider.System);
        var horizon = lastMonth.AddMonths(1).AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var from = lastMonth.AddMonths(-11).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator(".freshness .data-until")).ToHaveTextAsync($"Données jusqu'au {horizon}");
        await Assertions.Expect(page.Locator("#chiffres-cles")).ToHaveTextAsync($"Chiffres clés du {from} au {horizon}");
        var cards = page.Locator("article.kpi");
        await Assertions.Expect(cards).ToHaveCountAsync(7);
        await Assertions.Expect(cards.First.Locator(".kpi-change")).ToContainTextAsync("par rapport à la période précédente");
        // Contracts signed month by month: a trend line, carried from the prerendered page into the interactive one.
        await Assertions.Expect(page.Locator("article.kpi[aria-label='Contrats signés'] .kpi-trend svg.sparkline")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("article.kpi[aria-label='Contrats signés'] .kpi-trend .visually-hidden")).ToContainTextAsync("Évolution par mois : de ");
        var signed = await page.Locator("article.kpi[aria-label='Contrats signés'] .kpi-value").TextContentAsync();
        Assert.True(int.Parse(signed!.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 1_000, signed);
        Assert.Equal(0, await page.Locator(".kpi-change.down", new() { HasTextString = "−100" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChangingTheRegion_ChangesTheUrlAndTheChart_AndBackReturns()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        var caption = page.Locator("[data-chart=adhesion] table caption");
        await Assertions.Expect(caption).ToContainTextAsync("France entière");

        await page.Locator("select[name=region]").SelectOptionAsync("84");

        // The address is read until it changes (a step within the page's history), and shown when it does not.
        var patience = new PageAssertionsToHaveURLOptions { Timeout = 30_000 };
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistants-medicaux\\?region=84$"), patience);
        await Assertions.Expect(caption).ToContainTextAsync("Région Auvergne-Rhône-Alpes");
        await Assertions.Expect(page.Locator("[data-chart=adhesion] .chart svg")).ToContainTextAsync("Auvergne-Rhône-Alpes");

        // The browser's Back, as a person presses it. Playwright's GoBackAsync waits for a "load" that a step within the
        // page's own history need not report; this test timed out (30 s) in full runs under load, never alone.
        await page.EvaluateAsync("history.back()");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assistants-medicaux$"), patience);
        await Assertions.Expect(caption).ToContainTextAsync("France entière");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClickingARegionInTheChart_DrillsDown_WithABreadcrumbBack()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");

        // The bar of Auvergne-Rhône-Alpes in the ranking of regions links to the region.
        await BrowserApp.ShowView(page, "adhesion-zones");
        await page.Locator("[data-chart=adhesion-zones] svg a[href*='region=84'] rect").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("region=84", StringComparison.Ordinal));
        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Fil d'Ariane" });
        await Assertions.Expect(breadcrumb).ToContainTextAsync("France › Auvergne-Rhône-Alpes");
        // One level down: the departments of the region.
        await Assertions.Expect(page.Locator("[data-chart=adhesion-zones] svg")).ToContainTextAsync("Ain");

        await breadcrumb.GetByRole(AriaRole.Link, new() { Name = "France" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/assistants-medicaux", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RegionalDirector_OpeningAnotherRegionsLink_SeesAnAuthorisationMessage_AndNoData()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo");

        await page.GotoAsync("/assistants-medicaux?region=11");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Accès refusé : votre périmètre est la région 84");
        Assert.Equal(0, await page.Locator(".chart svg").CountAsync());
        Assert.Equal(0, await page.Locator("table.data").CountAsync());
        await BrowserApp.Screenshot(page, "acces-refuse");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExportingThePng_DownloadsAValidPng_1600PixelsWide()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux?region=84");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("[data-chart=adhesion] .exports").GetByRole(AriaRole.Link, new() { Name = "PNG" }).ClickAsync());

        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var horizon = ServiceMedical.Analytics.DemoData.DemoOptions.LastCompleteMonth(TimeProvider.System).AddMonths(1).AddDays(-1);
        Assert.Equal($"adhesion_84_{horizon:yyyy-MM-dd}.png", download.SuggestedFilename);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(1600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        // The screen's 640 × 330 layout, drawn 2.5 times larger.
        Assert.Equal(825, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExportingTheCsv_GivesTheIndicatorsFigures_ForTheFilterOnScreen()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux?region=84&beneficiary=centre_sante&periode=tout");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("[data-chart=adhesion] .exports").GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());

        var csv = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync()));
        // The region's rows, then France's, which the chart draws beside them (dashed): the indicator's own figures for each.
        var region = System.Text.Encoding.UTF8.GetString(app.IndicatorCsv("adhesion", "region=84&beneficiary=centre_sante&periode=tout"));
        var france = System.Text.Encoding.UTF8.GetString(app.IndicatorCsv("adhesion", "beneficiary=centre_sante&periode=tout"));
        Assert.Equal(region + france[(france.IndexOf('\n', StringComparison.Ordinal) + 1)..], csv);
        Assert.Contains(";FR;France;", csv, StringComparison.Ordinal);
        // The AURA centres: 25 eligible on the 01/01/2021 snapshot, one under contract on its last day (DOMAIN.md) — fewer
        // than 11: « < 11 », and its rate « secret ».
        Assert.Contains("01/01/2021;84;Auvergne-Rhône-Alpes;30/06/2021;25;< 11;secret", csv, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOut_EndsTheSession()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/recrutement");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/connexion", StringComparison.Ordinal));
        await page.GotoAsync("/recrutement");

        await page.WaitForURLAsync(url => url.Contains("/connexion", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Layout_HasNoHorizontalScroll_FromDesktopToTablet()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo", width: 768);
        foreach (var path in new[] { "/", "/assistants-medicaux", "/recrutement", "/integration", "/previsions", "/donnees", "/glossaire" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(".loading")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            foreach (var width in new[] { 1280, 1024, 768 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{path} at {width} px scrolls sideways by {overflow} px");
            }
        }

        await BrowserApp.Screenshot(page, "donnees-tablette");
        await page.Context.CloseAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
