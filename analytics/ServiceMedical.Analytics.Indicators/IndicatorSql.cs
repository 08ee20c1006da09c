using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>
/// Loads an indicator's SQL and binds a filter to it. Values are parameters only; the two
/// placeholders, <c>{zone}</c> and <c>{period}</c>, are replaced by one of a few fixed expressions
/// chosen by the breakdown (an enum), never by text from a user. Public so that benchmarks can run the
/// very SQL of the layer without it.
/// </summary>
public static class IndicatorSql
{
    public static DuckDBCommand Command(DuckDBConnection connection, string resource, IndicatorFilter filter, DateOnly today)
    {
        var sql = SqlResource.Load<Anchor>(resource)
            .Replace("{zone}", ZoneExpression(filter.By), StringComparison.Ordinal)
            .Replace("{period}", PeriodExpression(filter.By), StringComparison.Ordinal);
        return connection.Command(sql,
            ("zone", ScopeCode(filter.Geography)),
            ("region", filter.Geography.Region),
            ("department", filter.Geography.Department),
            ("from", filter.From?.ToDateTime(TimeOnly.MinValue)),
            ("to", filter.To?.ToDateTime(TimeOnly.MinValue)),
            ("today", today.ToDateTime(TimeOnly.MinValue)),
            ("cut", filter.To is { } to && to < today),
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

    private static string PeriodExpression(Breakdown by) => by switch
    {
        Breakdown.Quarter => "date_trunc('quarter', month_start)",
        Breakdown.Year => "date_trunc('year', month_start)",
        _ => "month_start",
    };

    public static string ScopeCode(GeoScope geography) => geography.Department ?? geography.Region ?? "FR";

    /// <summary>Marks this assembly for <see cref="SqlResource"/>.</summary>
    public sealed class Anchor;
}
