using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>What broke in a reviewer's hands: typed dates, exported SVGs outside the app, the breadcrumb, the sign-in page.</summary>
[Collection(BrowserGroup.Name)]
public sealed class DefectTests(BrowserApp app)
{
    [Fact]
    public async Task TypingADate_AppliesItOnlyWhenWhole_AsOneHistoryEntry_AndADateAfterTheDataIsRefusedWithAMessage()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        var history = await page.EvaluateAsync<int>("history.length");
        var from = page.Locator("input[name=from]");

        // The browser reports 0002-01-01, 0020-01-01 and 0202-01-01 on the way to 2024.
        await from.FocusAsync();
        await from.PressSequentiallyAsync("01012024");
        // The server has the whole date (the button lights up): only then is Enter sure to apply it, on a busy machine too.
        await Assertions.Expect(page.Locator(".apply-dates")).ToHaveAttributeAsync("data-typed", "2024-01-01/");
        await Assertions.Expect(page.Locator(".apply-dates")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pending"));
        // Enter applies it (the locator's own press would first focus the field's first part).
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("from=2024-01-01", StringComparison.Ordinal));
        await BrowserApp.Ready(page);
        await Assertions.Expect(page.Locator("#chiffres-cles")).ToContainTextAsync("du 01/01/2024");
        Assert.Equal(history + 1, await page.EvaluateAsync<int>("history.length"));
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        var url = page.Url;
        await from.FocusAsync();
        await from.PressSequentiallyAsync("01012031");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#date-refusee")).ToContainTextAsync("Date non retenue : 01/01/2031 est après la fin des données");
        Assert.Equal(url, page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ADateOutsideTheYearsInTheAddress_GivesAMessage_NotAnError()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");

        var response = await page.GotoAsync("/assistants-medicaux?from=0020-01-01");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("date hors limites pour « from » : « 0020-01-01 » (années 2000 à 2099)");
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("adhesion-zones")]
    [InlineData("adhesion")]
    public async Task AnExportedSvg_DrawnByTheBrowserAlone_LooksLikeThePng(string chart)
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");
        await BrowserApp.Open(page, "/assistants-medicaux");
        await BrowserApp.ShowView(page, chart);
        var links = page.Locator($"[data-chart={chart}] .exports");
        var svg = await page.RunAndWaitForDownloadAsync(() => links.GetByRole(AriaRole.Link, new() { Name = "SVG" }).ClickAsync());
        var png = await page.RunAndWaitForDownloadAsync(() => links.GetByRole(AriaRole.Link, new() { Name = "PNG" }).ClickAsync());

        // Each file as an image on a blank page, without the app's style sheet: the share of its pixels that are near black.
        var blank = await app.NewPage();
        var svgDark = await DarkShare(blank, await File.ReadAllBytesAsync(await svg.PathAsync()), "image/svg+xml");
        var pngDark = await DarkShare(blank, await File.ReadAllBytesAsync(await png.PathAsync()), "image/png");

        // Text is dark in both; hover shapes filled black would darken a large part of the SVG.
        Assert.InRange(svgDark, 0, pngDark + 0.01);
        await page.Context.CloseAsync();
        await blank.Context.CloseAsync();
    }

    [Fact]
    public async Task TheBreadcrumb_OfADepartment_NamesItsRegion()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo");

        await BrowserApp.Open(page, "/assistants-medicaux?department=01");

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Fil d'Ariane" })).ToHaveTextAsync("Auvergne-Rhône-Alpes › Ain");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheSignInPage_ShowsNoMenu_AndKeepsTheNameAfterAWrongPassword()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/assistants-medicaux");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToHaveCountAsync(0);

        await page.GetByLabel("Identifiant").FillAsync("planificateur");
        await page.GetByLabel("Mot de passe").FillAsync("pas-le-bon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Identifiant ou mot de passe incorrect");
        await Assertions.Expect(page.GetByLabel("Identifiant")).ToHaveValueAsync("planificateur");
        await Assertions.Expect(page.GetByLabel("Mot de passe")).ToBeFocusedAsync();
        // The address asked for is still where the sign-in leads.
        await page.GetByLabel("Mot de passe").FillAsync("planificateur-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/assistants-medicaux", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    private static Task<double> DarkShare(IPage page, byte[] image, string type) =>
        page.EvaluateAsync<double>("""
            async ([base64, type]) => {
              const img = new Image();
              img.src = `data:${type};base64,${base64}`;
              await img.decode();
              const canvas = document.createElement('canvas');
              canvas.width = 800;
              canvas.height = Math.round(800 * img.naturalHeight / img.naturalWidth);
              const context = canvas.getContext('2d');
              context.fillStyle = '#fff';
              context.fillRect(0, 0, canvas.width, canvas.height);
              context.drawImage(img, 0, 0, canvas.width, canvas.height);
              const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
              let dark = 0;
              for (let i = 0; i < pixels.length; i += 4) {
                if (pixels[i] < 60 && pixels[i + 1] < 60 && pixels[i + 2] < 60) dark++;
              }
              return dark / (pixels.length / 4);
            }
            """, new object[] { Convert.ToBase64String(image), type });
}
