using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>What a person sees of the protections: a locked sign-in, an error page, a regional Données page, the journal.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SecurityPageTests(BrowserApp app)
{
    [Fact]
    public async Task FiveWrongPasswords_ShowTheLockMessage_OnTheSignInForm()
    {
        // A name no other test signs in with: the lock holds for this name from this browser's source only.
        var page = await app.NewPage(width: 768, height: 1024);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("Identifiant").FillAsync("agent.verrouille");
            await page.GetByLabel("Mot de passe").FillAsync("mauvais");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Trop d'essais depuis ce poste : ce compte y est verrouillé quelques minutes.");
        Assert.Equal("100", await page.GetByLabel("Identifiant").GetAttributeAsync("maxlength"));
        await BrowserApp.Screenshot(page, "connexion-verrouillee-tablette");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUnknownAddress_ShowsTheFrenchNotFoundPage_WithAWayBack()
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo");

        var response = await page.GotoAsync("/pas-une-page");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Retour à la vue d'ensemble" })).ToBeVisibleAsync();
        // The application's own style sheet is applied: the page is not bare HTML.
        Assert.Equal("rgb(0, 114, 178)", await page.Locator("header.top .brand").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await BrowserApp.Screenshot(page, "erreur-404");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, "donnees-region")]
    [InlineData(768, "donnees-region-tablette")]
    public async Task RegionalDirector_OnDonnees_SeesTheirRegionsFreshness_AndNoNationalLoads(int width, string screenshot)
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width);

        await page.GotoAsync("/donnees");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Données");
        await Assertions.Expect(page.GetByText("L'état des tâches planifiées est réservé aux utilisateurs nationaux.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Les chargements des extractions nationales sont réservés aux utilisateurs nationaux.")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Lancer maintenant" }).CountAsync());
        Assert.Equal(0, await page.Locator(".error").CountAsync());
        // The freshness of each dataset stays: counted on the region's rows (ScopeLeakTests checks the counts).
        var freshness = page.GetByRole(AriaRole.Region, new() { Name = "Fraîcheur des jeux de données" });
        await Assertions.Expect(freshness.Locator("tbody tr").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"/donnees at {width} px scrolls sideways by {overflow} px");
        await BrowserApp.Screenshot(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Administrator_OnTheJournal_SeesSignInsWithTheirNode()
    {
        var page = await app.SignedInPage("admin", "admin-demo");

        await page.GotoAsync("/journal");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Journal d'audit");
        var journal = page.GetByRole(AriaRole.Region, new() { Name = "Journal d'audit" });
        await Assertions.Expect(journal.Locator("thead")).ToContainTextAsync("Nœud");
        var ownSignIn = journal.Locator("tbody tr")
            .Filter(new() { Has = page.Locator("td", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^admin$") }) })
            .Filter(new() { Has = page.Locator("td", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^connexion$") }) })
            .First;
        await Assertions.Expect(ownSignIn).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await ownSignIn.Locator("td").Nth(5).TextContentAsync()));
        await BrowserApp.Screenshot(page, "journal");
        await page.Context.CloseAsync();
    }
}
