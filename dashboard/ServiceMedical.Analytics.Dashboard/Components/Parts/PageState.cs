using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Components.Parts;

/// <summary>
/// What a page is showing: for whom, with which filter (from its URL), on which page, how fresh; or why it cannot.
/// <see cref="Period"/> is the filter's period at the page's data horizon (the last twelve complete months when the
/// URL names none); <see cref="Effective"/> is the filter with its days written out, which charts and exports run.
/// </summary>
public sealed record PageState(string Path, IndicatorFilter Filter, UserScope User, DataDates Dates, string? Problem)
{
    public DataHorizon Horizon { get; init; } = DataHorizon.None;

    public ReportingPeriod Period { get; init; } = new(null, null, null, false);

    /// <summary>The datasets the page reads, whose earliest extract date is its data horizon.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>What charts and exports run: the filter with the period's days, the same for the screen and its exports.</summary>
    public IndicatorFilter Effective => Period.Apply(Filter);

    /// <summary>The day the page's figures are complete to; null when it has no data.</summary>
    public DateOnly? DataUntil => Horizon.Of(Datasets);

    /// <summary>When the page's data were last loaded (UTC).</summary>
    public DateTime? LoadedAt => Horizon.LoadedAt(Datasets);

    /// <summary>The dataset whose extract date holds the page's horizon back, for the header to name.</summary>
    public DatasetExtract? Limiting => Horizon.Limiting(Datasets);

    /// <summary>
    /// The state of <paramref name="page"/> for <paramref name="filter"/>: its period resolved at the page's data horizon,
    /// the last twelve complete months when the filter asks for none.
    /// </summary>
    public static PageState For(DashboardPage page, string path, IndicatorFilter filter, UserScope user, DataDates dates, DataHorizon horizon, string? problem = null) =>
        new(path, filter, user, dates, problem)
        {
            Horizon = horizon,
            Datasets = page.Datasets,
            Period = page.PeriodOf(filter, horizon),
        };

    /// <summary>How the period was chosen, in words (« 12 derniers mois complets »); null for dates typed in.</summary>
    public string? PeriodChoice => Filter.Period is { } relative ? relative.Label
        : Filter.From is null && Filter.To is null ? "12 derniers mois complets" : null;

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
