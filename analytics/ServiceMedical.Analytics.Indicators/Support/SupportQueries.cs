using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Support;

/// <summary>Conversion by type of support action (see docs/indicators.md).</summary>
public sealed class SupportConversionQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<SupportConversionRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, time, user, filter, "support-conversion.sql",
            IndicatorShape.Geographic("la conversion se lit sur la période entière"),
            (r, f) => new SupportConversionRow(r.GetString(0), r.GetString(1), ZoneNames.Of(f, r.GetString(1)), r.Long(2), r.Long(3)));
}

/// <summary>Time from first support contact to signature (see docs/indicators.md).</summary>
public sealed class TimeToSignatureQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<TimeToSignatureRow> Run(UserScope user, IndicatorFilter filter) =>
        IndicatorRunner.Run(connection, time, user, filter, "time-to-signature.sql",
            IndicatorShape.Geographic("le délai se lit sur la période entière"),
            (r, f) => new TimeToSignatureRow(r.GetString(0), ZoneNames.Of(f, r.GetString(0)), r.GetString(1), r.Long(2), r.Long(3), r.Double(4), r.Double(5)));
}
