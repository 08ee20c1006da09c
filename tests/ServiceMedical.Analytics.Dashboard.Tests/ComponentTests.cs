using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Dashboard.Charts;
using ServiceMedical.Analytics.Dashboard.Components.Parts;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>Components rendered alone with bUnit.</summary>
public sealed class ComponentTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly DashboardChart s_uptake = IndicatorCatalog.FindChart("adhesion")!;

    [Theory]
    [InlineData(KeyFigureKind.Count, 120.0, 100.0, true, "120", "+20 (+20,0 %) par rapport à la période précédente", "kpi-change up better")]
    [InlineData(KeyFigureKind.Count, 80.0, 100.0, true, "80", "−20 (−20,0 %) par rapport à la période précédente", "kpi-change down worse")]
    [InlineData(KeyFigureKind.Count, 1200.0, 0.0, true, "1 200", "+1 200 par rapport à la période précédente", "kpi-change up better")]
    [InlineData(KeyFigureKind.Share, 0.045, 0.033, true, "4,5 %", "+1,2 pt par rapport à la période précédente", "kpi-change up better")]
    [InlineData(KeyFigureKind.Share, 0.2, null, true, "20,0 %", "pas de comparaison possible avec la période précédente", "kpi-change flat neutral")]
    public void KpiCard_ShowsTheValue_AndItsChangeAgainstThePreviousPeriod(KeyFigureKind kind, double value, double? previous, bool higherIsBetter,
        string shownValue, string shownChange, string changeClasses)
    {
        using var context = new BunitContext();

        var card = context.Render<KpiCard>(p => p.Add(c => c.Figure, new KeyFigure("Contrats signés", kind, value, previous, higherIsBetter, "dans la période")));

        Assert.Equal("Contrats signés", card.Find("h3").TextContent);
        Assert.Equal(shownValue, card.Find(".kpi-value").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Equal(shownChange, card.Find(".kpi-change").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Equal(changeClasses, card.Find(".kpi-change").GetAttribute("class"));
    }

    [Fact]
    public void KpiCard_DrawsItsTrend_AndSaysItInWords_OnlyWithTwoStepsOrMore()
    {
        using var context = new BunitContext();
        var figure = new KeyFigure("Contrats signés", KeyFigureKind.Count, 27, 20, true, "dans la période")
        {
            Trend = [new("octobre 2026", 12), new("novembre 2026", 15)],
            TrendSteps = "par mois",
        };

        var card = context.Render<KpiCard>(p => p.Add(c => c.Figure, figure).Add(c => c.TrendSvg, Sparkline.Svg([12, 15])));
        var single = context.Render<KpiCard>(p => p.Add(c => c.Figure, figure with { Trend = [new("novembre 2026", 15)] }).Add(c => c.TrendSvg, Sparkline.Svg([15])));

        var line = card.Find(".kpi-trend svg.sparkline");
        Assert.Equal("true", line.GetAttribute("aria-hidden"));
        Assert.NotEmpty(line.QuerySelectorAll("path, polyline"));
        Assert.Equal("Évolution par mois : de 12 (octobre 2026) à 15 (novembre 2026)", card.Find(".kpi-trend .visually-hidden").TextContent);
        Assert.Empty(single.FindAll(".kpi-trend"));
    }

    [Fact]
    public void ChartPanel_DrawsTheIndicatorsSeries_WithItsTable_AndExportLinksCarryingTheFilter()
    {
        using var context = new BunitContext();
        context.Services.AddSingleton(app.Services.GetRequiredService<DashboardDatabase>());
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddSingleton(app.Services.GetRequiredService<ChartRenderCache>());
        var filter = new IndicatorFilter { Geography = GeoScope.ForRegion("84") };
        var state = new PageState("/assistants-medicaux", filter, UserScope.National, new DataDates(null, null), null);

        var panel = context.Render<ChartPanel>(p => p.Add(c => c.Chart, s_uptake).Add(c => c.State, state));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll(".chart svg")), TimeSpan.FromSeconds(10));
        // One snapshot in the fixture: 2 eligible centres in the Ain, 1 under contract.
        var cells = panel.FindAll("tbody tr td").Select(td => td.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')).ToList();
        Assert.Equal(["01/01/2021", "84", "Auvergne-Rhône-Alpes", "31/12/2021", "2", "1", "50,0 %"], cells.Take(7));
        // Exact on screen, marked as what the exports mask (both counts and their rate).
        Assert.Equal(3, panel.FindAll("tbody tr:first-child td.secret").Count);
        // Then France, which the region is drawn beside.
        Assert.Equal(["01/01/2021", "FR", "France"], cells.Skip(7).Take(3));
        // The region's one point, on the day it was counted (the data horizon), with its exact value and snapshot on hover; France's beside it.
        var hovers = panel.FindAll(".chart svg .hover title").Select(t => t.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')).ToList();
        Assert.Equal(2, hovers.Count);
        Assert.Equal("Auvergne-Rhône-Alpes, 31/12/2021 : 50,0 % (instantané du 01/01/2021)", hovers[0]);
        Assert.StartsWith("France entière, 31/12/2021 : ", hovers[1], StringComparison.Ordinal);
        Assert.Equal(["export/graphique/adhesion.png?region=84", "export/graphique/adhesion.svg?region=84", "export/tableau/adhesion.csv?region=84", "export/tableau/adhesion.xlsx?region=84"],
            panel.FindAll(".exports a").Select(a => a.GetAttribute("href")));
        // Under the table, the indicator's definition: the text of its folder's definition.md.
        Assert.Equal("Définition : Adhésion par instantané d'éligibilité", panel.Find("details.definition summary").GetAttribute("aria-label"));
        Assert.Equal("Définition : Adhésion par instantané d'éligibilité", panel.Find("details.definition .definition-of").TextContent);
        Assert.Contains("Sous contrat", panel.FindAll("details.definition li code").Select(c => c.TextContent));
    }

    [Fact]
    public async Task ChartCache_NeverServesAChartOutsideTheUsersScope_EvenOnceDrawnForSomeoneElse()
    {
        var cache = app.Services.GetRequiredService<ChartRenderCache>();
        var paris = new IndicatorFilter { Geography = GeoScope.ForRegion("11") };

        var drawn = await cache.Get(s_uptake, UserScope.National, paris, new DataDates(null, null), "/assistants-medicaux", z => z);

        Assert.Equal("11", drawn!.Rendered.Table.Rows[0][1]);
        await Assert.ThrowsAsync<ScopeAuthorizationException>(() => cache.Get(s_uptake, UserScope.ForRegion("84"), paris, new DataDates(null, null), "/assistants-medicaux", z => z));
    }

    [Fact]
    public void TableCell_WritesAYearAsAYear_AndOtherNumbersGroupedInFrench()
    {
        Assert.Equal("2026", TableCell.Text(2026, ColumnKind.Year));
        Assert.Equal("2\u202F026", TableCell.Text(2026, ColumnKind.Value));
        Assert.Equal("12,5 %", TableCell.Text(0.125, ColumnKind.Share).Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Fact]
    public void KpiCard_MarksAFigureTheDossiersWouldMask_WithWhatTheyWrite()
    {
        using var context = new BunitContext();
        var figure = new KeyFigure("Praticiens-conseils recrutés", KeyFigureKind.Count, 7, 12, true, "embauchés dans la période").Counting();

        var card = context.Render<KpiCard>(p => p.Add(c => c.Figure, figure).Add(c => c.Exported, new SmallCountRule().Export(figure)));

        Assert.Equal("7", card.Find(".kpi-value.secret").TextContent);
        Assert.Equal("embauchés dans la période", card.Find(".kpi-detail.secret").TextContent);
        var asExported = context.Render<KpiCard>(p => p.Add(c => c.Figure, figure).Add(c => c.Exported, new SmallCountRule().Export(figure)).Add(c => c.AsExported, true));
        Assert.Equal("< 11", asExported.Find(".kpi-value.secret").TextContent);
        Assert.Equal("secret statistique", asExported.Find(".kpi-detail.secret").TextContent);
        // A figure the rule leaves alone is not marked.
        var posts = context.Render<KpiCard>(p => p.Add(c => c.Figure, figure with { Counts = [], Value = 40 }).Add(c => c.Exported, new SmallCountRule().Export(figure with { Counts = [], Value = 40 })));
        Assert.Empty(posts.FindAll(".secret"));
    }

    /// <summary>The table beside a chart is sent as one piece of HTML: every value from the data is encoded, numbers are marked.</summary>
    [Fact]
    public void ChartTable_EncodesEveryValue_AndMarksNumbers()
    {
        var table = new IndicatorTable(["Zone <b>", "Valeur"], [["<script>alert(1)</script> & co", 1234L], [null, 0.5]]) { Kinds = [ColumnKind.Value, ColumnKind.Share] };
        var caption = new ChartCaption("Titre \"A\"", "France entière", null, null);
        var rendered = new RenderedChart(new ScottPlot.Plot(), [], table, caption, 400, IsEmpty: false);

        var html = ChartTableMarkup.Of(rendered);

        Assert.Equal("<table class=\"data\"><caption>Titre &quot;A&quot; — France entière</caption><thead><tr><th scope=\"col\">Zone &lt;b&gt;</th><th scope=\"col\">Valeur</th></tr></thead>" +
            "<tbody><tr><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</td><td class=\"num\">1&#x202F;234</td></tr><tr><td>—</td><td class=\"num\">50,0 %</td></tr></tbody></table>",
            html);
    }

    /// <summary>
    /// A cell the exports mask shows its exact value on screen, marked, with what the exports write beside it for
    /// « Voir les tableaux comme à l'export »; the others are as they are.
    /// </summary>
    [Fact]
    public void ChartTable_MarksTheCellsTheExportsMask_WithBothTheirValues()
    {
        var table = new IndicatorTable(["Code zone", "Zone", "Sous contrat", "Taux"], [["84", "Auvergne-Rhône-Alpes", 1L, 0.04], ["FR", "France", 3_112L, 0.3]])
        {
            Kinds = [ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Share],
            Secrecy = [ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.StructureCount(), ColumnSecrecy.MeasureOn("Sous contrat")],
        };
        var rendered = new RenderedChart(new ScottPlot.Plot(), [], table, new ChartCaption("Adhésion", "Auvergne-Rhône-Alpes", null, null), 400, IsEmpty: false)
        {
            Exported = new SmallCountRule().Apply(table),
        };

        var html = ChartTableMarkup.Of(rendered);
        var asExported = ChartTableMarkup.Of(rendered, asExported: true);

        Assert.Contains("<td>Auvergne-Rhône-Alpes</td><td class=\"num secret\">1</td><td class=\"num secret\">4,0 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Auvergne-Rhône-Alpes</td><td class=\"num secret\">&lt; 11</td><td class=\"num secret\">secret</td>", asExported, StringComparison.Ordinal);
        Assert.Contains("<caption>Adhésion — Auvergne-Rhône-Alpes — cellules soulignées : masquées dans les exports (secret statistique)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td>France</td><td class=\"num\">3&#x202F;112</td><td class=\"num\">30,0 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>France</td><td class=\"num\">3&#x202F;112</td><td class=\"num\">30,0 %</td>", asExported, StringComparison.Ordinal);
    }
}
