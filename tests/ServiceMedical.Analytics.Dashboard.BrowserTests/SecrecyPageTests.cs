using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>Statistical secrecy as a signed-in user sees it: exact figures, the cells the exports mask marked, and the exports' version on demand.</summary>
[Collection(BrowserGroup.Name)]
public sealed partial class SecrecyPageTests(BrowserApp app)
{
    [Fact]
    public async Task ADirector_SeesExactFigures_MarkedWhereTheExportsMaskThem_AndCanSeeTheTablesAsExported()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        var tile = page.Locator("[data-chart=formation-cqp]");
        await tile.GetByRole(AriaRole.Button, new() { Name = "Voir les données" }).ClickAsync();
        // Several training organisations have fewer than 11 trainees in the region: exact on screen, marked.
        var first = tile.Locator("td.secret").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await TableOf(tile).ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(first).ToHaveTextAsync(WholeNumber(), Seen);
        await Assertions.Expect(tile.Locator("caption")).ToContainTextAsync("cellules soulignées : masquées dans les exports (secret statistique)");
        await BrowserApp.Screenshot(page, "secret-statistique-exact", fullPage: false);

        await page.GetByLabel("Voir les tableaux comme à l'export").CheckAsync();

        // Tiles out of sight are not laid out (content-visibility): the table is brought into view, as a reader would.
        // Its frame, not a cell: the option replaces the table, so a cell may leave the page while being scrolled to.
        await TableOf(tile).ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(first).ToHaveTextAsync("< 11", Seen);
        // A rate on a masked count reads « secret »; a cell not masked is as it was.
        await Assertions.Expect(tile.Locator("td.secret", new() { HasTextRegex = new Regex("^secret$") }).First).ToHaveTextAsync("secret", Seen);
        await Assertions.Expect(tile.Locator("td.num:not(.secret)").First).ToHaveTextAsync(new Regex(@"^\d"), Seen);
        await BrowserApp.Screenshot(page, "secret-statistique-comme-a-l-export", fullPage: false);
        await page.GetByLabel("Voir les tableaux comme à l'export").UncheckAsync();
        await TableOf(tile).ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(first).ToHaveTextAsync(WholeNumber(), Seen);
        await page.Context.CloseAsync();

        var tablet = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820);
        await BrowserApp.Open(tablet, "/assistants-medicaux");
        await tablet.GetByLabel("Voir les tableaux comme à l'export").CheckAsync();
        await BrowserApp.Screenshot(tablet, "secret-statistique-tablette", fullPage: false);
        var tabletTile = tablet.Locator("[data-chart=formation-cqp]");
        await tabletTile.GetByRole(AriaRole.Button, new() { Name = "Voir les données" }).ClickAsync();
        await TableOf(tabletTile).ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(tabletTile.Locator("td.secret").First).ToHaveTextAsync("< 11", Seen);
        await BrowserApp.Screenshot(tablet, "secret-statistique-tableau-tablette", fullPage: false);
        await tablet.Context.CloseAsync();
    }

    private static ILocator TableOf(ILocator tile) => tile.Locator(".table-scroll");

    // What a person sees: the text shown, not the hidden alternative.
    private static readonly LocatorAssertionsToHaveTextOptions Seen = new() { UseInnerText = true };

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();
}
