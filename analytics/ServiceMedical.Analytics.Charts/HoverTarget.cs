using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// A part of a chart that shows its exact value on hover (an SVG title) and may lead somewhere on a click
/// (a drill-down): a point of a line, or the area of a bar.
/// </summary>
public sealed record HoverTarget(CoordinateRect Area, bool IsPoint, string Text, string? Link = null)
{
    public static HoverTarget Point(double x, double y, string text) => new(new CoordinateRect(x, x, y, y), true, text);

    public static HoverTarget Box(CoordinateRect area, string text, string? link) => new(area, false, text, link);
}
