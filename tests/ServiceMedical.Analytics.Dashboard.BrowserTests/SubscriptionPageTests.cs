using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>Subscribing from a page and stopping it on « Mes abonnements », as a regional director does it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SubscriptionPageTests(BrowserApp app)
{
    [Fact]
    public async Task ADirector_SubscribesFromAPage_SeesItInTheirSubscriptions_AndStopsIt()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo");
        await BrowserApp.Open(page, "/recrutement");

        await page.GetByText("Recevoir ce dossier par e-mail").ClickAsync();
        await page.GetByLabel("Fréquence").SelectOptionAsync("Weekly");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'abonner pour Auvergne-Rhône-Alpes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".subscribe-result")).ToContainTextAsync(
            "Abonnement hebdomadaire enregistré : « Recrutement des praticiens-conseils » pour Auvergne-Rhône-Alpes, envoyé à directeur.aura@demo.invalid.");
        // The demo has no mail server: the director is told nothing will leave yet.
        await Assertions.Expect(page.Locator(".subscribe-result")).ToContainTextAsync("Aucun serveur de messagerie n'est configuré");
        await BrowserApp.Screenshot(page, "abonnement-depuis-une-page", fullPage: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mes abonnements" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/abonnements", StringComparison.Ordinal));
        var row = page.Locator("table.subscriptions tbody tr").Filter(new() { HasText = "Recrutement des praticiens-conseils" });
        await Assertions.Expect(row).ToContainTextAsync("Auvergne-Rhône-Alpes");
        await Assertions.Expect(row).ToContainTextAsync("hebdomadaire");
        await Assertions.Expect(row).ToContainTextAsync("actif");
        await BrowserApp.Screenshot(page, "mes-abonnements");
        var tablet = await app.SignedInPage("directeur.aura", "directeur-aura-demo", width: 820);
        await BrowserApp.Open(tablet, "/recrutement");
        await tablet.GetByText("Recevoir ce dossier par e-mail").ClickAsync();
        await BrowserApp.Screenshot(tablet, "abonnement-depuis-une-page-tablette", fullPage: false);
        await tablet.GotoAsync("/abonnements");
        await Assertions.Expect(tablet.Locator("table.subscriptions tbody tr")).ToHaveCountAsync(1);
        await BrowserApp.Screenshot(tablet, "mes-abonnements-tablette");
        await tablet.Context.CloseAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Arrêter l'abonnement Recrutement des praticiens-conseils, Auvergne-Rhône-Alpes" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Abonnement arrêté" }))
            .ToContainTextAsync("Abonnement arrêté : « Recrutement des praticiens-conseils » pour Auvergne-Rhône-Alpes.");
        await Assertions.Expect(row).ToContainTextAsync("arrêté le");
        await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
