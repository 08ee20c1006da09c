using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// A part of a chart that shows its exact value on hover (an SVG title) and may lead somewhere on a click
/// (a drill-down): a point of a line, the area of a bar, or the shape of a map's area.
/// </summary>
public sealed record HoverTarget(CoordinateRect Area, bool IsPoint, string Text, string? Link = null)
{
    /// <summary>The rings of a map's area, when the target is that shape rather than its box.</summary>
    public IReadOnlyList<Coordinates[]>? Rings { get; init; }

    public static HoverTarget Shape(IReadOnlyList<Coordinates[]> rings, string text, string? link)
    {
        var points = rings.SelectMany(r => r).ToList();
        return new(new CoordinateRect(points.Min(p => p.X), points.Max(p => p.X), points.Min(p => p.Y), points.Max(p => p.Y)), false, text, link) { Rings = rings };
    }

    public static HoverTarget Point(double x, double y, string text) => new(new CoordinateRect(x, x, y, y), true, text);

    public static HoverTarget Box(CoordinateRect area, string text, string? link) => new(area, false, text, link);
}
