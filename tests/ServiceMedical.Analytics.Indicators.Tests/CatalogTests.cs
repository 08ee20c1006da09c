using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

public sealed class CatalogTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts);

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Names() => new(IndicatorCatalog.All.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryIndicator_RefusesARegionalUserAnythingButTheirRegion(string name)
    {
        var indicator = IndicatorCatalog.Find(name)!;
        var aura = UserScope.ForRegion("84");

        Assert.Throws<ScopeAuthorizationException>(() => indicator.Run(_db.Connection, _db.Horizon, aura, IndicatorFilter.National));
        Assert.Throws<ScopeAuthorizationException>(() => indicator.Run(_db.Connection, _db.Horizon, aura, IndicatorFilter.Parse("region=11")));
        Assert.Throws<ScopeAuthorizationException>(() => indicator.Run(_db.Connection, _db.Horizon, aura, IndicatorFilter.Parse("by=region")));
        var own = indicator.Run(_db.Connection, _db.Horizon, aura, IndicatorFilter.Parse("region=84"));
        Assert.Equal(indicator.Headers, own.Headers);
        Assert.All(own.Rows, r => Assert.Equal(own.Headers.Count, r.Count));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryIndicator_ReadsItsScope_OnlyThroughTheScopeMacros(string name)
    {
        var sql = Ingest.Database.SqlResource.Load<IndicatorSql.Anchor>(IndicatorCatalog.Get(name).SqlResource);
        // A scope parameter compared by the indicator itself, e.g. "$region IS NULL OR d.region_code = $region".
        var ownComparison = new System.Text.RegularExpressions.Regex(
            @"(=|<>|\bIS|\bIN|\bFROM)\s*\$(zone|region|department|beneficiary_type|centre_type|profession|employer)\b|\$(zone|region|department|beneficiary_type|centre_type|profession|employer)\s*(=|<>|IS\b|IN\b)");

        Assert.DoesNotMatch(ownComparison, sql);
        Assert.Matches(@"\b(in_geography|series_in_filter)\(", sql);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryIndicator_IsDefinedInItsFolder_EachColumnNamed_AndListedInTheDocumentation(string name)
    {
        var indicator = IndicatorCatalog.Find(name)!;
        var folder = indicator.GetType().Namespace!["ServiceMedical.Analytics.Indicators.".Length..];
        var file = Path.Combine(RepositoryRoot(), "analytics", "ServiceMedical.Analytics.Indicators", folder, "definition.md");

        // One source: the text the dashboard shows is the file the documentation links to.
        Assert.Equal(File.ReadAllText(file).Trim(), indicator.Definition);
        Assert.All(indicator.Headers, h => Assert.Contains($"`{h}`", indicator.Definition, StringComparison.Ordinal));
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "indicators.md"));
        Assert.Contains($"- [`{name}` — {indicator.Title}](../analytics/ServiceMedical.Analytics.Indicators/{folder}/definition.md)", document, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCatalog_IsTheOneList_OfIndicatorsChartsAndPages()
    {
        // Every indicator found by its declaration, each under one name; every chart on at least one page.
        Assert.Equal(13, IndicatorCatalog.All.Count);
        Assert.Equal(IndicatorCatalog.All.Count, IndicatorCatalog.All.Select(i => i.Name).Distinct().Count());
        Assert.Equal(IndicatorCatalog.Charts.Count, IndicatorCatalog.Charts.Select(c => c.Name).Distinct().Count());
        Assert.All(IndicatorCatalog.Charts, c => Assert.NotEmpty(c.Placements));
        // The overview reads what its key figures summarise and its charts draw; no list can disagree with the charts.
        Assert.Equal(["contrats", "adhesion-carte", "adhesion-zones"], IndicatorCatalog.ChartsOf(DashboardPages.Overview).Select(c => c.Name));
        Assert.Equal(["contrats", "adhesion", "formation-cqp", "recrutement-flux", "integration"], DashboardPages.Overview.Indicators.Select(i => i.Name));
        Assert.Equal(["adhesion", "adhesion-carte", "adhesion-zones", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp", "aide-financiere"],
            IndicatorCatalog.ChartsOf(DashboardPages.Assistants).Select(c => c.Name));
        Assert.Same(Uptake.UptakeIndicator.Instance, IndicatorCatalog.Get("adhesion"));
    }

    [Fact]
    public void ViewsOfOneSubject_ShareATile_InTheCatalogsOrder()
    {
        static string Tiles(DashboardPage page) =>
            string.Join(" | ", IndicatorCatalog.TilesOf(page).Select(t => string.Join(", ", t.Views.Select(v => v.Label is null ? v.Chart.Name : $"{v.Chart.Name} ({v.Label})"))));

        Assert.Equal("contrats | adhesion-carte (Carte), adhesion-zones (Classement)", Tiles(DashboardPages.Overview));
        Assert.Equal(
            "adhesion (Évolution), adhesion-carte (Carte), adhesion-zones (Classement) | contrats | atteinte-objectifs | " +
            "conversion-accompagnement (Conversion), delai-signature (Délai de signature) | formation-cqp | aide-financiere",
            Tiles(DashboardPages.Assistants));
        // The recruitment's regions on a map and ranked, the other charts a tile each.
        Assert.Equal("recrutement-flux | recrutement-campagnes | recrutement-carte (Carte), recrutement-regions (Classement) | recrutement-delais | jurys", Tiles(DashboardPages.Recruitment));
    }

    [Fact]
    public void Csv_IsFrench_SemicolonSeparated_WithBom()
    {
        var table = new IndicatorTable(["Date", "Taux", "Libellé"], [[new DateOnly(2021, 1, 1), 0.04, "a;b"]]);
        using var stream = new MemoryStream();

        table.WriteCsv(stream);

        Assert.Equal("\uFEFFDate;Taux;Libellé\r\n01/01/2021;\"0,04\";\"a;b\"\r\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Csv_NeutralisesTextThatASpreadsheetWouldRun_ButNotNegativeNumbers()
    {
        var table = new IndicatorTable(["Organisme", "Écart"], [["=HYPERLINK(\"http://x\")", -12L], ["@SOMME(A1)", -0.5], ["+33 1", 3L], ["-x", null]]);
        using var stream = new MemoryStream();

        table.WriteCsv(stream);

        Assert.Equal("\uFEFFOrganisme;Écart\r\n\"'=HYPERLINK(\"\"http://x\"\")\";-12\r\n'@SOMME(A1);\"-0,5\"\r\n'+33 1;3\r\n'-x;\r\n",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Csv_ReadBySemicolonOrCommaReaders_KeepsEveryCellWhole_SoNoPartOfOneRunsAsAFormula()
    {
        var table = new IndicatorTable(["Organisme", "Taux"], [["Institut,-2+3,+cmd", 0.5], ["Centre; =1+1", -0.25], ["=cmd|' /C calc'!A0", 1L]]);
        using var stream = new MemoryStream();
        table.WriteCsv(stream);
        var csv = stream.ToArray();

        // A French spreadsheet splits on ';': every cell whole, the formula neutralised.
        Assert.Equal([["Organisme", "Taux"], ["Institut,-2+3,+cmd", "0,5"], ["Centre; =1+1", "-0,25"], ["'=cmd|' /C calc'!A0", "1"]], Cells(csv, ';'));
        // A reader that splits on ',' (as an English spreadsheet, lax about quotes) reads a quoted cell whole too: no cell
        // it makes begins with a formula sign, where the unquoted « Institut,-2+3,+cmd » gave « -2+3 » and « +cmd ».
        var byComma = Cells(csv, ',');
        Assert.Contains(byComma, row => row[0].StartsWith("Institut,-2+3,+cmd", StringComparison.Ordinal));
        Assert.All(byComma.SelectMany(row => row), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
    }

    private static List<string[]> Cells(byte[] csv, char delimiter)
    {
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StreamReader(new MemoryStream(csv)),
            new Sylvan.Data.Csv.CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = false, CsvStyle = Sylvan.Data.Csv.CsvStyle.Lax });
        var cells = new List<string[]>();
        while (reader.Read())
        {
            cells.Add([.. Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString)]);
        }

        return cells;
    }

    [Fact]
    public void Xlsx_RoundTrips_NumbersAsNumbers_DatesAsDates_FormulaTextNeutralised()
    {
        var table = new IndicatorTable(["Instantané", "Zone", "Taux", "Éligibles"], [[new DateOnly(2021, 5, 1), "=1+1", 0.04, 25L]]);
        using var stream = new MemoryStream();

        table.WriteXlsx(stream);

        stream.Position = 0;
        var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal(new DateTime(2021, 5, 1), row["Instantané"]);
        Assert.Equal("'=1+1", row["Zone"]);
        Assert.Equal(0.04, Convert.ToDouble(row["Taux"], System.Globalization.CultureInfo.InvariantCulture), 10);
        Assert.Equal(25.0, Convert.ToDouble(row["Éligibles"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Xlsx_ForAPlanner_HasATitle_FrenchFormats_ValuesRoundedAsShown_AndCodesWithTheirLabels()
    {
        var table = new IndicatorTable(["Type de bénéficiaire", "Aide estimée", "Taux", "Contrats"], [["centre_sante", 1778.1999999999998, 0.123456, 1234L]])
        {
            Kinds = [ColumnKind.Code, ColumnKind.Value, ColumnKind.Share, ColumnKind.Value],
        };
        using var stream = new MemoryStream();

        table.WriteXlsx(stream, ["Aide financière", "Région Auvergne-Rhône-Alpes, période 01/12/2025 – 30/11/2026", "Source : essai", "Données jusqu'au 30/11/2026"]);

        stream.Position = 0;
        var lines = MiniExcelLibs.MiniExcel.Query(stream, sheetName: "Données").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Aide financière", lines[0]["A"]);
        Assert.Equal("Région Auvergne-Rhône-Alpes, période 01/12/2025 – 30/11/2026 — Données jusqu'au 30/11/2026", lines[1]["A"]);
        Assert.Equal(["Type de bénéficiaire", "Type de bénéficiaire (libellé)", "Aide estimée", "Taux", "Contrats"], lines[3].Values.Take(5));
        Assert.Equal("Centres de santé", lines[4]["B"]);
        Assert.Equal(1778.2, Convert.ToDouble(lines[4]["C"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.1235, Convert.ToDouble(lines[4]["D"], System.Globalization.CultureInfo.InvariantCulture));
        // The cells carry number formats: a percentage with one decimal, thousands grouped.
        stream.Position = 0;
        using var archive = new System.IO.Compression.ZipArchive(stream);
        using var styles = new StreamReader(archive.GetEntry("xl/styles.xml")!.Open());
        var formats = styles.ReadToEnd();
        Assert.Contains("formatCode=\"0.0%\"", formats, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"#,##0\"", formats, StringComparison.Ordinal);
        stream.Position = 0;
        Assert.Equal(["Données", "À propos"], MiniExcelLibs.MiniExcel.GetSheetNames(stream));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryIndicator_DeclaresItsCountsAndWhatRestsOnThem_ForStatisticalSecrecy(string name)
    {
        var indicator = IndicatorCatalog.Find(name)!;
        var columns = indicator.Headers.Zip(indicator.Secrecy).ToDictionary(c => c.First, c => c.Second);

        // A rate is never taken for a key (rows would stop adding up); what a figure rests on or is part of is a count.
        Assert.All(columns.Where(c => c.Value.Role == ColumnRole.Measure).SelectMany(c => c.Value.RestsOn), h => Assert.Equal(ColumnRole.Count, columns[h].Role));
        Assert.All(columns.Where(c => c.Value.Role == ColumnRole.Count).SelectMany(c => c.Value.PartOf), p => Assert.Equal(ColumnRole.Count, columns[p.Total].Role));
        Assert.All(columns.Where(c => c.Value.Role == ColumnRole.Count), c => Assert.NotNull(c.Value.Counted));
        Assert.DoesNotContain(columns, c => c.Value.Role is ColumnRole.Key or ColumnRole.Axis && (c.Key.StartsWith("Taux", StringComparison.Ordinal) || c.Key.Contains("médian", StringComparison.Ordinal)));
        // Every indicator but the forecasts' accuracy counts people or structures.
        Assert.Equal(name != "prevision-precision", columns.Values.Any(c => c.Role == ColumnRole.Count));
    }

    [Fact]
    public void TheDocumentation_ListsEachIndicatorsSecrecyDeclarations_AsTheCodeDeclaresThem()
    {
        // Written by `docs` (jobs): run it after changing a declaration.
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "indicators.md")).ReplaceLineEndings("\n");

        Assert.Equal(Secrecy.SecrecyDeclarations.FillIn(document), document);
        Assert.Contains("| `integration` | `Recrutés` (personnes), `Tuteur dans le trimestre` (personnes; part of `Recrutés` by tuteur)", document, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceMedical.Analytics.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
