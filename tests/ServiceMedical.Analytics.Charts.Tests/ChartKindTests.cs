using System.Text.RegularExpressions;

namespace ServiceMedical.Analytics.Charts.Tests;

/// <summary>The kinds of chart drawn to SVG without a browser: what a person hovers and clicks is in the markup.</summary>
public sealed partial class ChartKindTests
{
    private static readonly PlotText s_text = new("Titre", "France entière\nSource\nDonnées jusqu'au 30/11/2026");

    [Fact]
    public void StackedBars_GiveEachNonZeroPartItsExactValue_AndTheirCategorysLink()
    {
        var chart = new BarChart(["Ain", "Rhône"], [new BarSeries("Certifiés", [3, 0]), new BarSeries("En retard", [1, 2])], "Stagiaires", ChartStyle.Count)
        {
            Stacked = true,
            Links = ["?department=01", "?department=69"],
        };

        var svg = Render(chart);

        // Rhône has no certified trainee: that empty part has nothing to hover.
        Assert.Equal(["Ain — Certifiés : 3", "Ain — En retard : 1", "Rhône — En retard : 2"], Titles(svg));
        Assert.Equal(["?department=01", "?department=01", "?department=69"], Links(svg));
    }

    [Fact]
    public void AValueNotPublished_IsLeftOut_AndItsCategorySaysSo()
    {
        var chart = new BarChart(["Ain", "Rhône"], [new BarSeries("Certifiés", [double.NaN, 12]), new BarSeries("En retard", [14, double.NaN])], "Stagiaires", ChartStyle.Count)
        {
            Stacked = true,
        };

        var svg = Render(chart);

        Assert.Equal(["Rhône — Certifiés : 12", "Ain — En retard : 14"], Titles(svg));
        Assert.Contains("Ain (secret statistique)", svg, StringComparison.Ordinal);
        Assert.Contains("Rhône (secret statistique)", svg, StringComparison.Ordinal);
        Assert.False(chart.IsEmpty);
        // Nothing published is nothing to draw.
        Assert.True((chart with { Series = [new BarSeries("Certifiés", [double.NaN, double.NaN])] }).IsEmpty);
    }

    [Fact]
    public void ALineBreaksWhereAValueIsNotPublished_AndTheLegendSaysWhy()
    {
        var dates = new[] { new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1) };
        var chart = new LineChart([new LineSeries("Signataires", dates, [40, double.NaN, 60, 62])], "Signataires", ChartStyle.Count);

        var svg = Render(chart);

        Assert.Equal(["01/01/2026 : 40", "01/03/2026 : 60", "01/04/2026 : 62"], Titles(svg));
        Assert.Contains(LineChart.GapNote, svg, StringComparison.Ordinal);
        Assert.DoesNotContain(LineChart.GapNote, Render(chart with { Series = [new LineSeries("Signataires", dates, [40, 45, 60, 62])] }), StringComparison.Ordinal);
        Assert.True((chart with { Series = [new LineSeries("Signataires", dates, [double.NaN, double.NaN, double.NaN, double.NaN])] }).IsEmpty);
    }

    [Fact]
    public void Lines_GiveEachPointItsDay_ValueInFrench_AndNote_AndAForecastIsDashed()
    {
        var days = new[] { new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 31) };
        var chart = new LineChart(
            [
                new LineSeries("Observé", days, [1234.0, 1300.0]),
                new LineSeries("Prévision", [days[1], new DateOnly(2026, 11, 30)], [1300.0, 1350.0]) { Dashed = true, Notes = ["", " (80 % : 1 320 – 1 380)"] },
            ], "Signataires", ChartStyle.Count);

        var svg = Render(chart);

        Assert.Contains("30/09/2026 : 1\u202F234", Titles(svg)[0], StringComparison.Ordinal);
        Assert.Contains(Titles(svg), t => t.EndsWith("30/11/2026 : 1\u202F350 (80 % : 1 320 – 1 380)", StringComparison.Ordinal));
        // The forecast is drawn otherwise than a plain line would be (dashed).
        var plain = chart with { Series = [chart.Series[0], chart.Series[1] with { Dashed = false }] };
        Assert.Equal(Drawn(Render(chart)), Drawn(svg));
        Assert.NotEqual(Drawn(Render(plain)), Drawn(svg));
        // The footer says what the chart shows, so that an exported image does too.
        Assert.Contains("France entière", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ManySeries_FlowInLegendRowsAcrossTheImage_OnceEach_WithoutGrowingTheBarChart()
    {
        string[] names = ["Clôture → décision", "Décision → publication", "Publication → prise de fonctions", "Jury complet", "Durée de 45 minutes"];
        var chart = new BarChart(["Médecins-conseils – Assurance Maladie"], [.. names.Select(n => new BarSeries(n, [1]))], "Jours", ChartStyle.Days);

        var (plot, targets) = chart.Draw(s_text);
        var svg = ChartSvg.Render(plot, ChartStyle.Width, chart.Height, targets);

        var legend = names.Select(n => LegendText(svg, n)).ToList();
        // Each name once; rows of entries (not one column, not one line wider than the image), each starting inside it.
        Assert.All(legend, l => Assert.Single(l));
        var rows = legend.Select(l => l[0].Y).Distinct().Count();
        Assert.InRange(rows, 2, 3);
        Assert.All(legend, l => Assert.InRange(l[0].X, 0, ChartStyle.Width));
        Assert.Equal(ChartStyle.Height, chart.Height);
    }

    [Fact]
    public void ALineChart_GrowsTallerWithItsLegendRows_SoThatTheDataKeepsItsRoom()
    {
        var day = new[] { new DateOnly(2026, 1, 31) };
        LineChart Of(int series) => new([.. Enumerable.Range(0, series).Select(i => new LineSeries($"S{i}", day, [1.0]))], "Valeur", ChartStyle.Count);

        Assert.Equal([330, 330, 350, 370], (int[])[Of(1).Height, Of(2).Height, Of(4).Height, Of(6).Height]);
    }

    /// <summary>Where a text is drawn (Skia writes each text translated to its place), for each time it appears.</summary>
    private static List<(double X, double Y)> LegendText(string svg, string text) =>
        [.. TextElement().Matches(svg).Where(m => System.Net.WebUtility.HtmlDecode(m.Groups[3].Value) == text)
            .Select(m => (First(m.Groups[1].Value), First(m.Groups[2].Value)))];

    private static double First(string position) => double.Parse(position, System.Globalization.CultureInfo.InvariantCulture);

    internal static string Render(IChartData chart)
    {
        var (plot, targets) = chart.Draw(s_text);
        return ChartSvg.Render(plot, 960, 440, targets);
    }

    /// <summary>The SVG without its clip paths' names, which differ from one drawing to the next.</summary>
    private static string Drawn(string svg) => ClipName().Replace(svg, "cl");

    internal static List<string> Titles(string svg) =>
        [.. TitleOfTarget().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    internal static List<string> Links(string svg) =>
        [.. LinkOfTarget().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<text[^>]*? transform=\"translate\\(([^ ]+) ([^)]+)\\)\"[^>]*>\\s*([^<]*?)\\s*</text>")]
    private static partial Regex TextElement();

    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipName();

    [GeneratedRegex("class=\"hover\"[^>]*><title>([^<]*)</title>")]
    private static partial Regex TitleOfTarget();

    [GeneratedRegex("<a href=\"([^\"]*)\"><rect class=\"hover\"")]
    private static partial Regex LinkOfTarget();
}
