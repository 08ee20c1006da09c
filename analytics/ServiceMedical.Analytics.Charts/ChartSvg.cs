using System.Globalization;
using System.Net;
using System.Text;
using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// A plot as SVG that scales to its container (a viewBox), with an invisible shape over each point or bar
/// that carries the exact value as a tooltip and, for a drill-down, a link.
/// </summary>
public static class ChartSvg
{
    private const double PointRadius = 7;

    /// <summary>
    /// Invisible by their own attributes, not by the page's style sheet: an exported SVG opened in a browser, Word or
    /// PowerPoint would otherwise fill them black over the bars and points.
    /// </summary>
    private const string Invisible = "fill=\"#000000\" fill-opacity=\"0\" stroke=\"none\"";

    /// <summary>The plot laid out at <paramref name="width"/> × <paramref name="height"/>, shown at the display size given (the same by default).</summary>
    public static string Render(Plot plot, int width, int height, IReadOnlyList<HoverTarget> targets, int? displayWidth = null, int? displayHeight = null)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var rootEnd = svg.IndexOf('>', start);
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        var text = new StringBuilder(svg.Length + 200 * targets.Count);
        // The XML declaration is dropped: the SVG is embedded in the page.
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{displayWidth ?? width}\" height=\"{displayHeight ?? height}\" focusable=\"false\">");
        text.Append(svg, rootEnd + 1, end - rootEnd - 1);
        text.Append("<g class=\"hover-targets\">");
        foreach (var target in targets)
        {
            AppendTarget(text, plot, target);
        }

        text.Append("</g></svg>");
        return text.ToString();
    }

    private static void AppendTarget(StringBuilder text, Plot plot, HoverTarget target)
    {
        var title = $"<title>{WebUtility.HtmlEncode(target.Text)}</title>";
        if (target.IsPoint)
        {
            var p = plot.GetPixel(new Coordinates(target.Area.Left, target.Area.Bottom));
            text.Append(CultureInfo.InvariantCulture, $"<circle class=\"hover\" {Invisible} cx=\"{p.X:0.#}\" cy=\"{p.Y:0.#}\" r=\"{PointRadius}\">{title}</circle>");
            return;
        }

        if (target.Rings is { } rings)
        {
            var path = new StringBuilder();
            foreach (var ring in rings)
            {
                for (var i = 0; i < ring.Length; i++)
                {
                    var p = plot.GetPixel(ring[i]);
                    path.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{p.X:0.#} {p.Y:0.#}");
                }

                path.Append('Z');
            }

            Append(text, $"<path class=\"hover\" {Invisible} d=\"{path}\">{title}</path>", target.Link);
            return;
        }

        var a = plot.GetPixel(new Coordinates(target.Area.Left, target.Area.Bottom));
        var b = plot.GetPixel(new Coordinates(target.Area.Right, target.Area.Top));
        var rect = string.Create(CultureInfo.InvariantCulture,
            $"<rect class=\"hover\" {Invisible} x=\"{Math.Min(a.X, b.X):0.#}\" y=\"{Math.Min(a.Y, b.Y):0.#}\" width=\"{Math.Max(1, Math.Abs(b.X - a.X)):0.#}\" height=\"{Math.Max(1, Math.Abs(b.Y - a.Y)):0.#}\">{title}</rect>");
        Append(text, rect, target.Link);
    }

    /// <summary>A shape, inside a link when a click on it drills down.</summary>
    private static void Append(StringBuilder text, string shape, string? link) =>
        text.Append(link is null ? shape : $"<a href=\"{WebUtility.HtmlEncode(link)}\">{shape}</a>");
}
