using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>An administrator runs a scheduled job from the Données page and follows it to its outcome.</summary>
[Collection(BrowserGroup.Name)]
public sealed class JobsPageTests(BrowserApp app)
{
    [Fact]
    public async Task Administrator_LaunchesTheRefresh_AndSeesItSucceed()
    {
        var page = await app.SignedInPage("admin", "admin-demo");
        await page.GotoAsync("/donnees");
        await Assertions.Expect(page.Locator("section[data-interactive=true]")).ToHaveCountAsync(1);

        await page.Locator("tr[data-job=actualisation] button.trigger").ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("lancée");
        var row = page.Locator("tr[data-job=actualisation]");
        await Assertions.Expect(row).ToContainTextAsync("réussie", new() { Timeout = 120_000 });
        var run = page.Locator("table.runs tr", new() { HasText = "Actualisation : agrégats et prévisions recalculés, nouvelle publication" }).First;
        await Assertions.Expect(run).ToContainTextAsync("réussie");
        await Assertions.Expect(run).ToContainTextAsync("actualisation publiée");
        await BrowserApp.Screenshot(page, "donnees-taches");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HangfireDashboard_OpensForAnAdministrator()
    {
        var page = await app.SignedInPage("admin", "admin-demo");

        await page.GotoAsync("/hangfire/recurring");

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("boite-de-depot");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Tâches planifiées");
        await BrowserApp.Screenshot(page, "hangfire", fullPage: false);
        await page.Context.CloseAsync();
    }
}
