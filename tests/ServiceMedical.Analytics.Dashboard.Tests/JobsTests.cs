using System.Net;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>The scheduled jobs as the dashboard shows them: Hangfire's dashboard for administrators, the jobs' state on the Données page.</summary>
public sealed class JobsTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task HangfireDashboard_IsForAdministratorsOnly()
    {
        using var anonymous = await app.Anonymous().GetAsync("/hangfire");
        var planner = await app.SignedIn("planificateur", "planificateur-demo");
        using var refused = await planner.GetAsync("/hangfire");
        var admin = await app.SignedIn("admin", "admin-demo");
        using var allowed = await admin.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/connexion", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/acces-refuse", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var page = await allowed.Content.ReadAsStringAsync();
        Assert.Contains("boite-de-depot", page, StringComparison.Ordinal);
        Assert.Contains("actualisation", page, StringComparison.Ordinal);
        Assert.Contains("dossiers-export", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataPage_ListsTheScheduledJobs_WithTheLaunchButtonForAdministratorsOnly()
    {
        var admin = WebUtility.HtmlDecode(await (await app.SignedIn("admin", "admin-demo")).GetStringAsync("/donnees"));
        var planner = WebUtility.HtmlDecode(await (await app.SignedIn("planificateur", "planificateur-demo")).GetStringAsync("/donnees"));
        var director = WebUtility.HtmlDecode(await (await app.SignedIn("directeur.aura", "directeur-aura-demo")).GetStringAsync("/donnees"));

        Assert.Contains("<td>Boîte de dépôt : chargement des fichiers déposés</td><td><code>*/5 * * * *</code></td>", admin, StringComparison.Ordinal);
        Assert.Contains("<td>Actualisation : agrégats et prévisions recalculés, nouvelle publication</td><td><code>30 2 * * *</code></td>", admin, StringComparison.Ordinal);
        Assert.Contains("<td>Dossiers d'export : national et régions</td><td><code>0 6 1 * *</code></td>", admin, StringComparison.Ordinal);
        Assert.Contains("<td>Abonnements : envoi des dossiers par e-mail</td><td><code>0 7 * * *</code></td>", admin, StringComparison.Ordinal);
        Assert.Equal(4, admin.Split("Lancer maintenant").Length - 1);
        // No subscription has been sent by this app: the administrators' table says so.
        Assert.Contains("Aucun envoi d'abonnement pour l'instant.", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("Envois des abonnements", planner, StringComparison.Ordinal);
        Assert.Contains("Boîte de dépôt : chargement des fichiers déposés", planner, StringComparison.Ordinal);
        Assert.DoesNotContain("Lancer maintenant", planner, StringComparison.Ordinal);
        Assert.Contains("L'état des tâches planifiées est réservé aux utilisateurs nationaux.", director, StringComparison.Ordinal);
        Assert.DoesNotContain("Boîte de dépôt : chargement", director, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_ShowsWhenTheDataWereLastRefreshed()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var overview = WebUtility.HtmlDecode(await planner.GetStringAsync("/"));

        Assert.Matches(@"<span class=""published"">actualisées le \d\d/\d\d/\d{4} à \d\d:\d\d</span>", overview);
    }

    [Fact]
    public async Task ForecastPage_WithADepartmentInTheUrl_SaysForecastsAreRegional()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var page = WebUtility.HtmlDecode(await planner.GetStringAsync("/previsions?region=84&department=01"));

        Assert.Contains("Filtre non valide : les prévisions sont calculées pour la France et par région : choisissez une région, pas un département", page, StringComparison.Ordinal);
    }
}
