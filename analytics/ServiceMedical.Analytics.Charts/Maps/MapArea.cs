using ScottPlot;

namespace ServiceMedical.Analytics.Charts.Maps;

/// <summary>A region or department as drawn: its code (INSEE COG), its name and its rings in map coordinates.</summary>
public sealed record MapArea(string Code, string Name, IReadOnlyList<Coordinates[]> Rings)
{
    /// <summary>Overseas areas are drawn in an inset box of their own, at their own scale.</summary>
    public CoordinateRect? Inset { get; init; }
}
