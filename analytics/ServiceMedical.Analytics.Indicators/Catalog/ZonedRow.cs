namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// A row of an indicator, grouped under a zone: its code as the SQL gives it (<c>FR</c>, a region, a department) and its
/// French name, which depends on the level the filter asked (region and department codes 01–06 overlap).
/// </summary>
public abstract record ZonedRow
{
    public string Zone { get; init; } = "";

    public string ZoneName { get; init; } = "";
}
