using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Cumulative assistant-médical contracts over time (see docs/indicators.md).</summary>
public sealed class ContractsOverTimeQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<ContractsOverTimeRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, time, user, filter, "contracts-over-time.sql", IndicatorShape.TimeSeries,
            (r, f) => new ContractsOverTimeRow(r.Date(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2), r.Long(3), r.Long(4)));
}
