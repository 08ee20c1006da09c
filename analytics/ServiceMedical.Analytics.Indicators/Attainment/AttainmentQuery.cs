using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>Atteinte des objectifs per contract year (see docs/indicators.md).</summary>
public sealed class AttainmentQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<AttainmentRow> Run(UserScope user, IndicatorFilter filter)
    {
        filter = user.Authorize(filter);
        if (filter.By.IsTemporal())
        {
            throw new FilterException("l'atteinte des objectifs se lit par année de contrat : découpage par région ou département seulement");
        }

        using var command = IndicatorSql.Command(connection, "objective-attainment.sql", filter, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        using var reader = command.ExecuteReader();
        var rows = new List<AttainmentRow>();
        while (reader.Read())
        {
            var zone = reader.GetString(0);
            long N(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            rows.Add(new AttainmentRow(zone, ZoneNames.Of(filter, zone), reader.GetString(1), (int)N(2), (int)N(3),
                N(4), N(5), N(6), N(7), N(8), N(9), N(10), reader.IsDBNull(11) ? null : reader.GetDouble(11)));
        }

        return rows;
    }
}
