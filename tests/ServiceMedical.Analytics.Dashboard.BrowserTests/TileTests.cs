using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>A page of tiles: the empty state, the table behind « Voir les données », the printed page, no flicker.</summary>
[Collection(BrowserGroup.Name)]
public sealed class TileTests(BrowserApp app)
{
    [Fact]
    public async Task APeriodWithoutData_SaysSoInEveryTile_WithNoAxesNorExportLinks()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");

        // The scheme opened in 2019: nothing was signed, trained or counted in 2005.
        await BrowserApp.Open(page, "/assistants-medicaux?from=2005-01-01&to=2005-12-31");

        var tiles = await page.Locator(".chart-block").CountAsync();
        Assert.True(tiles >= 6, $"{tiles} tiles");
        Assert.Empty(await page.Locator(".chart-block:not(:has(.empty))").EvaluateAllAsync<string[]>("tiles => tiles.map(t => t.dataset.chart + ' : ' + t.innerText.slice(0, 300))"));
        await Assertions.Expect(page.Locator(".chart-block .empty").First).ToHaveTextAsync("Aucune donnée pour ces filtres.");
        Assert.Equal(0, await page.Locator(".chart svg").CountAsync());
        Assert.Equal(0, await page.Locator(".exports a").CountAsync());
        // Asked directly, an image of nothing is refused with a sentence, not drawn with 1899 axes.
        var response = await page.APIRequest.GetAsync("/export/graphique/contrats.png?from=2005-01-01&to=2005-12-31");
        Assert.Equal(404, response.Status);
        Assert.Contains("aucune donnée pour ces filtres", await response.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTable_OpensBehindVoirLesDonnees_AndIsReadByScreenReadersWhenClosed()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        await BrowserApp.ShowView(page, "adhesion-zones");
        var tile = page.Locator("[data-chart=adhesion-zones]");
        var toggle = tile.GetByRole(AriaRole.Button, new() { Name = "Voir les données" });
        var table = tile.Locator(".table-scroll");

        // Closed: out of sight (a 1-pixel box) yet in the accessibility tree, with its rows.
        Assert.True((await table.BoundingBoxAsync())!.Height <= 1);
        await Assertions.Expect(tile.GetByRole(AriaRole.Region, new() { Name = "Données : Taux d'adhésion au dernier instantané, par zone" })).ToHaveCountAsync(1);
        Assert.True(await tile.GetByRole(AriaRole.Row).CountAsync() > 10);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        // By keyboard: Tab to the button, Enter opens it.
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var hide = tile.GetByRole(AriaRole.Button, new() { Name = "Masquer les données" });
        await Assertions.Expect(hide).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.True((await table.BoundingBoxAsync())!.Height > 100);
        await Assertions.Expect(tile.GetByRole(AriaRole.Cell, new() { Name = "Auvergne-Rhône-Alpes" })).ToBeVisibleAsync();

        await hide.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APrintedPage_HasNoMenuNorControls_AndEveryTableWhole()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        // What is printed is what is shown: the view chosen in each tile, every table whole.
        await BrowserApp.ShowView(page, "adhesion-zones");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".exports").First).ToBeHiddenAsync();
        // Every row of the 18 regions is printed, none cut by a scrolling box.
        var table = page.Locator("[data-chart=adhesion-zones] .table-scroll");
        var box = (await table.BoundingBoxAsync())!;
        var rows = await table.Locator("tbody tr").CountAsync();
        Assert.True(rows >= 18, $"{rows} rows");
        var lastRow = (await table.Locator("tbody tr").Last.BoundingBoxAsync())!;
        Assert.InRange(lastRow.Y + lastRow.Height, box.Y, box.Y + box.Height + 1);
        await BrowserApp.Screenshot(page, "assistants-medicaux-impression");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheOverview_DrawsItsKeyFiguresOnce_WithoutLoadingMessageNorJump()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        // From the first paint: every "Chargement" seen, and whether the key figures ever went away once shown.
        await page.AddInitScriptAsync("""
            window.__seen = { loading: [], vanished: false, shown: false, tops: [] };
            new MutationObserver(() => {
              for (const l of document.querySelectorAll('.loading'))
                if (l.closest('.key-figures') || l.textContent.includes('chiffres clés')) window.__seen.loading.push(l.textContent);
            }).observe(document, { childList: true, subtree: true, characterData: true });
            // What is painted, frame by frame, once the document is parsed (its style sheets applied).
            document.addEventListener('DOMContentLoaded', () => {
              const frame = () => {
                const kpis = document.querySelectorAll('.kpi').length;
                if (kpis > 0) window.__seen.shown = true;
                else if (window.__seen.shown) window.__seen.vanished = true;
                const charts = document.querySelector('.charts');
                if (charts && kpis > 0) window.__seen.tops.push(Math.round(charts.getBoundingClientRect().top + window.scrollY));
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            });
            """);

        await BrowserApp.Open(page, "/");

        var seen = await page.EvaluateAsync<Seen>("window.__seen");
        Assert.True(seen.Shown);
        Assert.False(seen.Vanished, "the key figures vanished after being shown");
        Assert.Empty(seen.Loading);
        Assert.True(seen.Tops.Max() - seen.Tops.Min() <= 2, string.Join(",", seen.Tops));
        await page.Context.CloseAsync();
    }

    private sealed class Seen
    {
        public string[] Loading { get; set; } = [];

        public bool Vanished { get; set; }

        public bool Shown { get; set; }

        public int[] Tops { get; set; } = [];
    }

    [Fact]
    public async Task ATilesDefinition_LeadsToItsIndicatorInTheGlossary()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820);
        await BrowserApp.Open(page, "/assistants-medicaux");
        var tile = page.Locator("[data-chart=contrats]");

        await tile.GetByLabel("Définition : Contrats signés et en vigueur").ClickAsync();
        // Beside the exports under the chart, the definition opens over the chart, within its tile (which clips what leaves it).
        var definition = tile.Locator(".definition-text");
        await Assertions.Expect(definition).ToBeVisibleAsync();
        var box = (await definition.BoundingBoxAsync())!;
        var chart = (await tile.Locator(".chart").BoundingBoxAsync())!;
        var mark = (await tile.Locator(".definition summary").BoundingBoxAsync())!;
        Assert.True(box.Y >= chart.Y - 1 && box.Y + box.Height <= mark.Y + 1 && box.X >= chart.X - 1 && box.X + box.Width <= chart.X + chart.Width + 1,
            $"{box.X:0},{box.Y:0} {box.Width:0}×{box.Height:0} over the chart at {chart.X:0},{chart.Y:0} {chart.Width:0}×{chart.Height:0}, above {mark.Y:0}");
        await definition.ScrollIntoViewIfNeededAsync();
        await BrowserApp.Screenshot(page, "definition-tablette", fullPage: false);
        await tile.GetByRole(AriaRole.Link, new() { Name = "Tous les termes dans le glossaire" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/glossaire#indicateur-contrats", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Glossaire");
        var entry = page.Locator("#indicateur-contrats");
        await Assertions.Expect(entry.Locator("h3")).ToHaveTextAsync("Contrats signés et en vigueur");
        await Assertions.Expect(entry.Locator("h3")).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Glossaire" })).ToHaveClassAsync("active");
        await BrowserApp.Screenshot(page, "glossaire-tablette");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnATablet_EveryTilesControl_IsAFingerSizedTarget()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820, touch: true);
        await BrowserApp.Open(page, "/assistants-medicaux");
        await page.AddStyleTagAsync(new() { Content = ".chart-block { content-visibility: visible !important; }" });

        // Export links, « Voir les données », the views' switch and the definition's ⓘ: 44 × 44 px at least.
        var sizes = await page.Locator(".exports a, .show-data, .view-switch button, .definition summary")
            .EvaluateAllAsync<double[][]>("controls => controls.map(c => { const r = c.getBoundingClientRect(); return [r.width, r.height]; })");

        Assert.True(sizes.Length >= 6 * 6, $"{sizes.Length} controls");
        Assert.All(sizes, size => Assert.True(size[0] >= 44 && size[1] >= 44, $"{size[0]:0} × {size[1]:0} px"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnADesktop_EveryPeriodPage_FitsInAboutTwoScreens()
    {
        // A national planner's pages are the longest: every region is ranked.
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        var sizes = new List<(string Path, int Page, int Content)>();
        foreach (var path in new[] { "/", "/assistants-medicaux", "/recrutement", "/integration" })
        {
            await BrowserApp.Open(page, path);
            // Measured as laid out whole, not with the estimated size of tiles out of view.
            await page.AddStyleTagAsync(new() { Content = ".chart-block { content-visibility: visible !important; }" });
            var size = await page.EvaluateAsync<int[]>("[document.documentElement.scrollHeight, document.documentElement.scrollHeight - (document.querySelector('.key-figures').getBoundingClientRect().top + scrollY)]");
            sizes.Add((path, size[0], size[1]));
        }

        // The content (key figures and tiles) in two screens of 800 px; with the menu and filters above, a tenth more.
        var shown = string.Join(", ", sizes.Select(s => $"{s.Path} {s.Page} px ({s.Content} px from the key figures)"));
        Assert.All(sizes, size => Assert.True(size.Content <= 1_600 && size.Page <= 1_760, shown));
        await page.Context.CloseAsync();
    }
}
