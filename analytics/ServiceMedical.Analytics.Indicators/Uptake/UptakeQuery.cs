using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Taux d'adhésion: eligible structures with a contract, per semi-annual eligibility snapshot (see docs/indicators.md).</summary>
public sealed class UptakeQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<UptakeRow> Run(UserScope user, IndicatorFilter filter)
    {
        filter = user.Authorize(filter);
        if (filter.By.IsTemporal())
        {
            throw new FilterException("l'adhésion se lit par instantané d'éligibilité : découpage par région ou département seulement");
        }

        using var command = IndicatorSql.Command(connection, "uptake.sql", filter, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        using var reader = command.ExecuteReader();
        var rows = new List<UptakeRow>();
        while (reader.Read())
        {
            var zone = reader.GetString(1);
            rows.Add(new UptakeRow(DateOnly.FromDateTime(reader.GetDateTime(0)), zone, ZoneNames.Of(filter, zone), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return rows;
    }
}
