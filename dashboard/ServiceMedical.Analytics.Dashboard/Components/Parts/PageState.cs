using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Components.Parts;

/// <summary>What a page is showing: for whom, with which filter (from its URL), on which page, how fresh; or why it cannot.</summary>
public sealed record PageState(string Path, IndicatorFilter Filter, UserScope User, DataDates Dates, string? Problem)
{
    /// <summary>When the data were last loaded: the date charts and exports state.</summary>
    public DateTime? Refreshed => Dates.LastLoad;

    /// <summary>The link to this page with another filter: a copied link opens the same view.</summary>
    public string Href(IndicatorFilter filter) => filter.ToQueryString() is { Length: > 0 } query ? $"{Path}?{query}" : Path;

    /// <summary>The same view narrowed to a zone of the next level down.</summary>
    public string DrillDown(string zone) =>
        Href(Filter with { Geography = Filter.Geography.IsNational ? GeoScope.ForRegion(zone) : GeoScope.ForDepartment(zone), By = Breakdown.None });
}

/// <summary>Which filters a page offers besides the region and the period.</summary>
[Flags]
public enum FilterDimensions
{
    None = 0,
    Departments = 1,
    Beneficiary = 2,
    Profession = 4,
    Employer = 8,
    /// <summary>The page has no period filter (forecasts run from the last observed month).</summary>
    NoPeriod = 16,
}
