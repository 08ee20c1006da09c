using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Assistant-médical contracts and signers over time (see docs/indicators.md).</summary>
public sealed class ContractsOverTimeQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("contracts-over-time.sql", "contrats_assistants_medicaux", "centres_sante");

    public IReadOnlyList<ContractsOverTimeRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source, IndicatorShape.TimeSeries,
            (r, f) => new ContractsOverTimeRow(r.Date(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2), r.Long(3), r.Long(4), r.Long(5), r.Long(6)));
}
