using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>French names of the zones rows are grouped under (region and department codes 01–06 overlap, so the filter says which).</summary>
public static class ZoneNames
{
    public static string Of(IndicatorFilter filter, string code)
    {
        var isRegion = filter.By == Breakdown.Region || (filter.By != Breakdown.Department && filter.Geography.Department is null && filter.Geography.Region is not null);
        if (code == GeoScope.FranceCode && filter.Geography.IsNational && !filter.By.IsGeographic())
        {
            return "France";
        }

        return isRegion
            ? CogReference.Regions.FirstOrDefault(r => r.Code == code)?.Name ?? code
            : CogReference.Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;
    }
}
