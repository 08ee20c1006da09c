using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Support;

/// <summary>Conversion by type of support action (see docs/indicators.md).</summary>
public sealed class SupportConversionQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("support-conversion.sql", "actions_accompagnement", "contrats_assistants_medicaux", "centres_sante");

    public IReadOnlyList<SupportConversionRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source,
            IndicatorShape.Geographic("la conversion se lit sur la période entière"),
            (r, f) => new SupportConversionRow(r.GetString(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2), r.Long(3)));
}

/// <summary>Time from first support contact to signature (see docs/indicators.md).</summary>
public sealed class TimeToSignatureQuery(DuckDBConnection connection, DataHorizon horizon)
{
    internal static IndicatorSource Source { get; } = new("time-to-signature.sql", "contrats_assistants_medicaux", "actions_accompagnement", "centres_sante");

    public IReadOnlyList<TimeToSignatureRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, horizon, user, filter, Source,
            IndicatorShape.Geographic("le délai se lit sur la période entière"),
            (r, f) => new TimeToSignatureRow(r.GetString(0), ZoneNames.Of(f, r.GetString(0)), r.GetString(1), r.Long(2), r.Long(3), r.Double(4), r.Double(5)));
}
