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

    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipName();

    [GeneratedRegex("class=\"hover\"[^>]*><title>([^<]*)</title>")]
    private static partial Regex TitleOfTarget();

    [GeneratedRegex("<a href=\"([^\"]*)\"><rect class=\"hover\"")]
    private static partial Regex LinkOfTarget();
}
