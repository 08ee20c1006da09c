using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>
/// Loads an indicator's SQL and binds a filter to it. Values are parameters only; the two
/// placeholders, <c>{zone}</c> and <c>{period}</c>, are replaced by one of a few fixed expressions
/// chosen by the breakdown (an enum), never by text from a user. The benchmarks (InternalsVisibleTo) run the very SQL
/// of the layer without it.
/// </summary>
internal static class IndicatorSql
{
    /// <summary>
    /// The command for <paramref name="filter"/> over <paramref name="period"/>: <c>$from</c> its first day (null from the
    /// first data), <c>$to</c> its last day, "now" for every rule of the indicator (never past the data horizon).
    /// </summary>
    public static DuckDBCommand Command(DuckDBConnection connection, string resource, IndicatorFilter filter, ReportingPeriod period)
    {
        var sql = SqlResource.Load<Anchor>(resource)
            .Replace("{zone}", ZoneExpression(filter.By), StringComparison.Ordinal)
            .Replace("{period}", PeriodExpression(filter.By), StringComparison.Ordinal);
        return connection.Command(sql,
            ("zone", ScopeCode(filter.Geography)),
            ("region", filter.Geography.Region),
            ("department", filter.Geography.Department),
            ("from", period.From?.ToDateTime(TimeOnly.MinValue)),
            ("to", period.To?.ToDateTime(TimeOnly.MinValue)),
            ("beneficiary_type", filter.BeneficiaryType),
            ("centre_type", filter.CentreType),
            ("profession", filter.Profession),
            ("employer", filter.Employer));
    }

    /// <summary>The code rows are grouped under: the next level down when asked, else the scope itself (FR for France).</summary>
    private static string ZoneExpression(Breakdown by) => by switch
    {
        Breakdown.Region => "d.region_code",
        Breakdown.Department => "d.code",
        _ => "$zone",
    };

    /// <summary>The first day of a time bucket: the calendar month, quarter or year, cut by the period's first day.</summary>
    private static string PeriodExpression(Breakdown by) => by switch
    {
        Breakdown.Quarter => "greatest(CAST(date_trunc('quarter', month_start) AS DATE), first_day)",
        Breakdown.Year => "greatest(CAST(date_trunc('year', month_start) AS DATE), first_day)",
        _ => "greatest(month_start, first_day)",
    };

    public static string ScopeCode(GeoScope geography) => geography.Department ?? geography.Region ?? GeoScope.FranceCode;

    /// <summary>Marks this assembly for <see cref="SqlResource"/>.</summary>
    public sealed class Anchor;
}
