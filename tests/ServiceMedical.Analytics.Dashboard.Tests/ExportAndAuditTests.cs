using System.IO.Compression;
using System.Net;
using MiniExcelLibs;

namespace ServiceMedical.Analytics.Dashboard.Tests;

public sealed class ExportAndAuditTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task XlsxExport_HoldsTheSameFiguresAsTheCsv_MaskedCountsAsText()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        var xlsx = await client.GetByteArrayAsync("/export/tableau/adhesion.xlsx?by=region");

        // Under the title, the filters and data date, and a blank line: the table from A4.
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: "Données", startCell: "A4").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("84", rows[1]["Code zone"]);
        Assert.Equal("Auvergne-Rhône-Alpes", rows[1]["Zone"]);
        Assert.Equal(new DateTime(2021, 12, 31), rows[1]["Compté au"]);
        Assert.Equal(("< 11", "< 11", "secret"), (rows[1]["Éligibles"], rows[1]["Sous contrat"], rows[1]["Taux d'adhésion"]));
        Assert.Equal(0.0, Convert.ToDouble(rows[0]["Sous contrat"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Exports_AreNamedWithTheirScopeAndDataDay_AndTheXlsxSaysAsOfWhen()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        using var png = await client.GetAsync("/export/graphique/adhesion.png?region=84");
        using var xlsx = await client.GetAsync("/export/tableau/adhesion.xlsx?department=01");
        using var indicator = await client.GetAsync("/export/tableau/contrats.csv");

        Assert.Equal("adhesion_84_2021-12-31.png", png.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("adhesion_01_2021-12-31.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("contrats_FR_2021-12-31.csv", indicator.Content.Headers.ContentDisposition!.FileName);
        var about = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true, sheetName: "À propos")
            .Cast<IDictionary<string, object?>>().Select(r => (string)r["À propos"]!).ToList();
        // A department's uptake is drawn beside France's.
        Assert.Equal("Taux d'adhésion par instantané d'éligibilité, comparé à la France", about[0]);
        Assert.Equal("Département 01 – Ain", about[1]);
        Assert.Equal("Source : ServiceMedical.Analytics (Assurance Maladie, service médical)", about[2]);
        Assert.StartsWith("Données jusqu'au 31/12/2021, chargées le ", about[3], StringComparison.Ordinal);
        // An image pasted in a note says where its figures are from in its title, not only in its source line.
        var svg = await client.GetStringAsync("/export/graphique/adhesion.svg?region=84");
        var title = System.Text.RegularExpressions.Regex.Matches(svg, "<text[^>]*font-size=\"17\"[^>]*>\\s*([^<]*?)\\s*</text>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        Assert.Equal("Taux d'adhésion par instantané d'éligibilité, comparé à la France — Région Auvergne-Rhône-Alpes", string.Join(" ", title));
    }

    [Fact]
    public async Task Dossier_HoldsEveryChartOfThePage_AsPngSvgCsvAndXlsx_WithANote()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        var bytes = await client.GetByteArrayAsync("/export/dossier/assistants-medicaux.zip?region=84");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var chart in new[] { "adhesion", "adhesion-zones", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp" })
        {
            Assert.Contains($"{chart}.png", names);
            Assert.Contains($"{chart}.svg", names);
            Assert.Contains($"{chart}.csv", names);
            Assert.Contains($"{chart}.xlsx", names);
        }

        Assert.Contains("dossier.pdf", names);
        using var note = new StreamReader(zip.GetEntry("LISEZMOI.txt")!.Open());
        var text = await note.ReadToEndAsync();
        Assert.Contains("Dossier « Assistants médicaux »", text, StringComparison.Ordinal);
        Assert.Contains("Région Auvergne-Rhône-Alpes", text, StringComparison.Ordinal);
        using var csv = new StreamReader(zip.GetEntry("adhesion.csv")!.Open());
        Assert.Contains("01/01/2021;84;Auvergne-Rhône-Alpes;31/12/2021;< 11;< 11;secret", await csv.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Contains("Secret statistique : les effectifs de 1 à 10 personnes ou structures sont remplacés par « < 11 »", text, StringComparison.Ordinal);
        Assert.Contains("Données jusqu'au 31/12/2021, chargées le ", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page's dossier as one PDF, read back: a cover with the page, the scope and the data date, then a page per
    /// chart with its table (the region's 2 eligible centres and 1 under contract are « &lt; 11 », their rate « secret »),
    /// every page numbered.
    /// </summary>
    [Fact]
    public async Task PdfDossier_HasACover_EachChartWithItsTable_AndNumberedPages()
    {
        var client = await app.SignedIn("planificateur", "planificateur-demo");

        using var response = await client.GetAsync("/export/dossier/assistants-medicaux.pdf?region=84");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains("Dossier « Assistants médicaux »", pages[0], StringComparison.Ordinal);
        Assert.Contains("Région Auvergne-Rhône-Alpes", pages[0], StringComparison.Ordinal);
        Assert.Contains("Données jusqu'au 31/12/2021", pages[0], StringComparison.Ordinal);
        Assert.Contains(pages, p => p.Contains("01/01/2021 84 Auvergne-Rhône-Alpes 31/12/2021 < 11 < 11 secret", StringComparison.Ordinal));
        Assert.Contains("Secret statistique", pages[0], StringComparison.Ordinal);
        // Its charts would draw those small counts: each image is withheld, saying why, its masked table given.
        Assert.Contains(pages, p => p.Contains("Image non diffusée : ce graphique montrerait des valeurs portant sur moins de 11 personnes ou structures", StringComparison.Ordinal));
        Assert.All(pages.Select((text, i) => (text, i)), p => Assert.Contains($"Page {p.i + 1} / {pages.Count}", p.text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInsAndExports_AreInTheAuditLog_WhichOnlyAdministratorsRead()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");
        await planner.GetByteArrayAsync("/export/tableau/contrats.csv?region=84&from=2021-01-01");
        await DashboardApp.SignIn(app.Anonymous(), "planificateur", "faux");
        var admin = await app.SignedIn("admin", "admin-demo");

        var journal = WebUtility.HtmlDecode(await admin.GetStringAsync("/journal"));
        using var refusal = await planner.GetAsync("/journal");
        var refused = WebUtility.HtmlDecode(await planner.GetStringAsync(refusal.Headers.Location));

        Assert.Contains("<td>planificateur</td><td>export</td><td>contrats.csv</td><td>region=84&from=2021-01-01</td>", journal, StringComparison.Ordinal);
        Assert.Contains("<td>planificateur</td><td>connexion refusée</td>", journal, StringComparison.Ordinal);
        Assert.Contains("<td>admin</td><td>connexion</td>", journal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refusal.StatusCode);
        Assert.Contains("Cette page est réservée aux administrateurs.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>export</td>", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataPage_ShowsEachDatasetsRowsAndLoads_AndRejectsToNationalUsersOnly()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");
        var director = await app.SignedIn("directeur.aura", "directeur-aura-demo");

        var national = WebUtility.HtmlDecode(await planner.GetStringAsync("/donnees"));
        var regional = WebUtility.HtmlDecode(await director.GetStringAsync("/donnees"));

        Assert.Matches("<td>Centres de santé</td>\\s*<td class=\"num\">3</td>", national);
        Assert.Contains("<td>centres_sante.csv</td>", national, StringComparison.Ordinal);
        Assert.Contains("Aucune ligne rejetée dans les derniers chargements.", national, StringComparison.Ordinal);
        Assert.Contains("réservées aux utilisateurs nationaux", regional, StringComparison.Ordinal);
        // Contracts since March 2021 up to December: too short a history to forecast, said to everyone.
        Assert.All([national, regional], page => Assert.Contains(
            "<p class=\"error\" role=\"alert\">Prévisions non calculées à la dernière actualisation : Historique trop court pour prévoir : 10 mois, il en faut au moins 12.",
            page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overview_OnDataYearsOlderThanTheClock_OpensOnTheLast12MonthsOfData_NotOnEmptyMonths()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var page = WebUtility.HtmlDecode(await planner.GetStringAsync("/"));

        // The data end on 31/12/2021: the page opens on January–December 2021 against 2020, whatever the clock says.
        Assert.Contains("Données jusqu'au 31/12/2021", page, StringComparison.Ordinal);
        Assert.Contains("Chiffres clés du 01/01/2021 au 31/12/2021", page, StringComparison.Ordinal);
        Assert.Contains("12 derniers mois complets · comparés à la période précédente de même durée, du 01/01/2020 au 31/12/2020", page, StringComparison.Ordinal);
        // Exact on screen, marked as what the dossiers would mask.
        Assert.Matches("<h3>Contrats signés</h3>\\s*<div class=\"kpi-main\">\\s*<p class=\"kpi-value secret\"[^>]*>1</p>", page);
        Assert.Matches("<h3>Contrats en vigueur</h3>\\s*<div class=\"kpi-main\">\\s*<p class=\"kpi-value secret\"[^>]*>1</p>", page);
    }

    [Fact]
    public async Task Overview_APeriodPastTheData_IsCutAtTheHorizon_AndSaysSo()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var cut = WebUtility.HtmlDecode(await planner.GetStringAsync("/?from=2021-01-01&to=2022-12-31"));
        var after = WebUtility.HtmlDecode(await planner.GetStringAsync("/?from=2022-01-01"));

        Assert.Contains("La période demandée va au-delà des données : elle est arrêtée au 31/12/2021", cut, StringComparison.Ordinal);
        Assert.Contains("Chiffres clés du 01/01/2021 au 31/12/2021", cut, StringComparison.Ordinal);
        Assert.Contains("Aucune donnée pour cette période : les données s'arrêtent au 31/12/2021.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Chiffres clés du", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_RelativePeriodsInTheUrl_AreResolvedAtTheHorizon()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var year = WebUtility.HtmlDecode(await planner.GetStringAsync("/?periode=annee"));
        var all = WebUtility.HtmlDecode(await planner.GetStringAsync("/?periode=tout"));
        var wrong = WebUtility.HtmlDecode(await planner.GetStringAsync("/?periode=hier"));

        Assert.Contains("Chiffres clés du 01/01/2021 au 31/12/2021", year, StringComparison.Ordinal);
        Assert.Contains("Année en cours · comparés à la période précédente de même durée, du 01/01/2020 au 31/12/2020", year, StringComparison.Ordinal);
        Assert.Contains("Chiffres clés depuis le début des données au 31/12/2021", all, StringComparison.Ordinal);
        Assert.Contains("Filtre non valide : période relative inconnue : « hier »", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_KeyFigures_ForAYear_AgainstTheYearBefore()
    {
        var planner = await app.SignedIn("planificateur", "planificateur-demo");

        var page = WebUtility.HtmlDecode(await planner.GetStringAsync("/?from=2021-01-01&to=2021-12-31"));

        Assert.Contains("Chiffres clés du 01/01/2021 au 31/12/2021", page, StringComparison.Ordinal);
        // One contract signed in 2021, none in 2020: +1, no relative change from zero.
        Assert.Matches("(?s)<h3>Contrats signés</h3>\\s*<div class=\"kpi-main\">\\s*<p class=\"kpi-value secret\"[^>]*>1</p>.*?</div>\\s*<p class=\"kpi-change up better\">\\+1<span class=\"visually-hidden\"> par rapport à la période précédente</span></p>", page);
        // 1 of the 3 eligible centres on the 01/01/2021 snapshot; no snapshot before 2021.
        Assert.Matches("(?s)<h3>Taux d'adhésion</h3>\\s*<div class=\"kpi-main\">\\s*<p class=\"kpi-value secret\"[^>]*>33,3\\s%</p>.*?</div>\\s*<p class=\"kpi-change flat neutral\">pas de comparaison possible", page);
    }
}
