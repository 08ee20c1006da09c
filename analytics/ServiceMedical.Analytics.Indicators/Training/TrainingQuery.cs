using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Training;

/// <summary>CQP assistant médical training by organisation (see docs/indicators.md).</summary>
public sealed class TrainingQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("cqp-training.sql", "formations_cqp", "organismes_cqp", "contrats_assistants_medicaux");

    public IReadOnlyList<TrainingRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source,
            IndicatorShape.Geographic("la formation se lit à une date"),
            (r, f) => new TrainingRow(r.GetString(0), r.GetString(1), r.GetString(2), ZoneNames.Of(f, r.GetString(2)),
                r.Long(3), r.Long(4), r.Long(5), r.Long(6), r.Double(7) ?? 0, r.Long(8), r.IsDBNull(9) ? null : r.Date(9)));
}
