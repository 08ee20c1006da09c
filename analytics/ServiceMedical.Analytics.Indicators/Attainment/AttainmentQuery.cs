using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>Atteinte des objectifs per contract year (see docs/indicators.md).</summary>
public sealed class AttainmentQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("objective-attainment.sql", "contrats_assistants_medicaux", "activite_mesuree", "centres_sante");

    public IReadOnlyList<AttainmentRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source,
            IndicatorShape.Geographic("l'atteinte des objectifs se lit par année de contrat"),
            (r, f) => new AttainmentRow(r.GetString(0), ZoneNames.Of(f, r.GetString(0)), r.GetString(1), (int)r.Long(2), (int)r.Long(3),
                r.Long(4), r.Long(5), r.Long(6), r.Long(7), r.Long(8), r.Long(9), r.Long(10), r.Double(11)),
            usesAggregates: true);
}
