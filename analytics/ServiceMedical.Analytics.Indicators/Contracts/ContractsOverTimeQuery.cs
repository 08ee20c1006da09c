using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Cumulative assistant-médical contracts over time (see docs/indicators.md).</summary>
public sealed class ContractsOverTimeQuery(DuckDBConnection connection, TimeProvider time)
{
    public IReadOnlyList<ContractsOverTimeRow> Run(UserScope user, IndicatorFilter filter)
    {
        filter = user.Authorize(filter);
        using var command = IndicatorSql.Command(connection, "contracts-over-time.sql", filter, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        using var reader = command.ExecuteReader();
        var rows = new List<ContractsOverTimeRow>();
        while (reader.Read())
        {
            var zone = reader.GetString(1);
            rows.Add(new ContractsOverTimeRow(DateOnly.FromDateTime(reader.GetDateTime(0)), zone, ZoneNames.Of(filter, zone),
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        }

        return rows;
    }
}
