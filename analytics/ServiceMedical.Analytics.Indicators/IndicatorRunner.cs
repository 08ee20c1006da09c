using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Materialised;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>
/// What every indicator query does: authorise, check the breakdown, measure the period up to the data horizon of
/// the datasets it reads (never the clock), run its SQL, read typed rows. No data, or a period wholly after the
/// data, gives no rows.
/// </summary>
internal static class IndicatorRunner
{
    static IndicatorRunner()
    {
        // Rows are mapped by column name: measured_on fills MeasuredOn.
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    /// <summary>Runs the SQL of <paramref name="source"/>; <paramref name="read"/> maps the rows, given the filter as authorised.</summary>
    public static IReadOnlyList<T> Run<T>(DuckDBConnection connection, DataHorizon horizon, UserScope user, IndicatorFilter filter,
        IndicatorSource source, IndicatorShape shape, Func<DbDataReader, IndicatorFilter, IEnumerable<T>> read, bool usesAggregates = false)
    {
        filter = user.Authorize(filter);
        shape.Check(filter);
        var period = ReportingPeriod.Of(filter, horizon.Of(source.Datasets));
        if (period.IsEmpty)
        {
            return [];
        }

        if (usesAggregates)
        {
            MaterialisedAggregates.EnsureFresh(connection);
        }

        using var command = IndicatorSql.Command(connection, source.Resource, filter, period);
        using var reader = command.ExecuteReader();
        return [.. read(reader, filter)];
    }

    public static long Long(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static double? Double(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static DateOnly Date(this DbDataReader reader, int ordinal) => DateOnly.FromDateTime(reader.GetDateTime(ordinal));
}

/// <summary>An indicator's SQL resource and the datasets it reads (their extract dates give its data horizon).</summary>
internal sealed record IndicatorSource(string Resource, params string[] Datasets);

/// <summary>Which breakdowns and scopes an indicator accepts.</summary>
internal sealed record IndicatorShape(bool Temporal, bool Departments, string Reading, string DepartmentReason = "les postes sont rattachés à une région, pas à un département")
{
    /// <summary>Read per snapshot or per contract year: geography only.</summary>
    public static IndicatorShape Geographic(string reading) => new(false, true, reading);

    /// <summary>A time series: by month, quarter or year, or by geography.</summary>
    public static IndicatorShape TimeSeries { get; } = new(true, true, "");

    /// <summary>Recruitment is regional (posts belong to a region): no department level.</summary>
    public static IndicatorShape Regional(string reading) => new(false, false, reading);

    /// <summary>Forecasts: France or one region, no breakdown.</summary>
    public static IndicatorShape Forecast { get; } = new(false, false, "les prévisions", "elles sont calculées pour la France et par région, pas par département");

    public void Check(IndicatorFilter filter)
    {
        if (!Temporal && filter.By.IsTemporal())
        {
            throw new FilterException($"{Reading} : découpage par région{(Departments ? " ou département" : "")} seulement");
        }

        if (!Departments && (filter.By == Breakdown.Department || filter.Geography.Department is not null))
        {
            throw new FilterException($"{Reading} : {DepartmentReason}");
        }
    }
}
