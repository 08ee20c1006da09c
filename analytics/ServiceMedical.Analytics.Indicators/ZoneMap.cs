using ServiceMedical.Analytics.Charts.Maps;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>The areas a map of a breakdown draws: France's 18 regions, or the departments of the region in the filter.</summary>
public static class ZoneMap
{
    public static IReadOnlyList<MapArea> AreasOf(IndicatorFilter filter) => filter.By switch
    {
        Breakdown.Region => [.. CogReference.Regions.Select(r => FranceContours.Regions[r.Code])],
        Breakdown.Department when filter.Geography.Region is { } region =>
            [.. CogReference.Departments.Where(d => d.RegionCode == region).Select(d => FranceContours.Departments[d.Code])],
        _ => [],
    };
}
