using System.Globalization;
using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// The small trend line of a key figure: its steps from left to right, the last one marked, no axes nor text (the
/// card around it gives the figure and what the steps are). Drawn by the same kit as the charts, as SVG.
/// </summary>
public static class Sparkline
{
    public const int Width = 120;

    public const int Height = 32;

    /// <summary>The line as an SVG element sized <see cref="Width"/> × <see cref="Height"/>; null for fewer than two steps.</summary>
    public static string? Svg(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var plot = new Plot();
        plot.Axes.Frameless();
        plot.HideGrid();
        var xs = Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
        var ys = values.ToArray();
        var colour = ChartStyle.ColorOf(Tone.Neutral, 0);
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = 2;
        var last = plot.Add.Marker(xs[^1], ys[^1], MarkerShape.FilledCircle, 6, colour);
        last.LegendText = "";
        // A flat line sits in the middle rather than on an edge; room for the last point's marker all round.
        var (low, high) = (ys.Min(), ys.Max());
        var pad = high > low ? (high - low) * 0.2 : Math.Max(1, Math.Abs(high) * 0.1);
        plot.Axes.SetLimits(-0.3, xs[^1] + 0.3, low - pad, high + pad);
        var svg = plot.GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var rootEnd = svg.IndexOf('>', start);
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        // Decorative: the card says the same in words (aria-hidden); sized by its viewBox like the charts.
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-hidden=\"true\" focusable=\"false\">{svg[(rootEnd + 1)..end]}</svg>");
    }
}
