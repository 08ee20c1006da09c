using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Taux d'adhésion: eligible structures with a contract, per semi-annual eligibility snapshot (see docs/indicators.md).</summary>
public sealed class UptakeQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<UptakeRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, time, user, filter, "uptake.sql",
            IndicatorShape.Geographic("l'adhésion se lit par instantané d'éligibilité"),
            (r, f) => new UptakeRow(r.Date(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2), r.Long(3)),
            usesAggregates: true);
}
