using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Taux d'adhésion: eligible structures with a contract, per semi-annual eligibility snapshot (see docs/indicators.md).</summary>
public sealed class UptakeQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("uptake.sql", "eligibilite", "contrats_assistants_medicaux", "centres_sante");

    public IReadOnlyList<UptakeRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source,
            IndicatorShape.Geographic("l'adhésion se lit par instantané d'éligibilité"),
            (r, f) => new UptakeRow(r.Date(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Date(2), r.Long(3), r.Long(4)),
            usesAggregates: true);
}
