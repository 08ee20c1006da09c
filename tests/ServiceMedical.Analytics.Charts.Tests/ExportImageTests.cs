using ServiceMedical.Analytics.Indicators.Catalog;
using SkiaSharp;

namespace ServiceMedical.Analytics.Charts.Tests;

/// <summary>What a person exports is what they saw: the PNG is the screen's layout drawn larger, not a new layout.</summary>
public sealed class ExportImageTests
{
    [Fact]
    public void ThePng_IsTheScreensDrawing_ScaledUp_LegendAndFooterIncluded()
    {
        var chart = new BarChart(["Ain", "Rhône", "Savoie"],
            [new BarSeries("Certifiés", [3, 5, 2]) { Tone = Tone.Good }, new BarSeries("En formation", [1, 2, 4]) { Tone = Tone.Neutral }, new BarSeries("En retard", [1, 0, 2]) { Tone = Tone.Late }],
            "Stagiaires", ChartStyle.Count) { Stacked = true };
        var (plot, targets) = chart.Draw(new PlotText("Stagiaires CQP", "Région Auvergne-Rhône-Alpes\nSource : essai\nDonnées jusqu'au 30/11/2026"));
        var rendered = new RenderedChart(plot, targets, new IndicatorTable(["Zone"], []), new ChartCaption("Stagiaires CQP", "Région", null, null), chart.Height, IsEmpty: false);

        using var screen = SKBitmap.Decode(plot.GetImageBytes(RenderedChart.Width, rendered.Height, ScottPlot.ImageFormat.Png));
        using var export = SKBitmap.Decode(rendered.ExportPng());
        using var shrunk = export.Resize(new SKImageInfo(screen.Width, screen.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));

        Assert.Equal((1600, 825), (export.Width, export.Height));
        // Measured: 0,26 % (edges of letters); with the legend drawn off its place, 0,70 %.
        Assert.InRange(Differing(screen, shrunk), 0, 0.0045);
        // The measure can fail: the same chart without its legend differs from it.
        var (bare, _) = (chart with { Series = [chart.Series[0]] }).Draw(new PlotText("Stagiaires CQP", "Région Auvergne-Rhône-Alpes\nSource : essai\nDonnées jusqu'au 30/11/2026"));
        using var other = SKBitmap.Decode(bare.GetImageBytes(RenderedChart.Width, rendered.Height, ScottPlot.ImageFormat.Png));
        Assert.True(Differing(screen, other) > 0.02, $"{Differing(screen, other):P1}");
    }

    /// <summary>The share of pixels whose colour differs clearly (anti-aliasing aside).</summary>
    private static double Differing(SKBitmap a, SKBitmap b)
    {
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                if (Math.Max(Math.Abs(p.Red - q.Red), Math.Max(Math.Abs(p.Green - q.Green), Math.Abs(p.Blue - q.Blue))) > 96)
                {
                    differing++;
                }
            }
        }

        return (double)differing / (a.Width * a.Height);
    }
}
