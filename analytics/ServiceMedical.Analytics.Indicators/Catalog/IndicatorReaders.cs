using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>Readers on connections of their own, each at the horizon of the data it opens.</summary>
public sealed class IndicatorReaders(Func<DuckDBConnection> connect) : IIndicatorReaders
{
    /// <summary>From the database file itself, read-only (the command line, which is given the file to read).</summary>
    public static IndicatorReaders OnFile(AnalyticsDatabase database) => new(database.OpenReadOnly);

    /// <summary>From the latest published snapshot (the jobs): never waiting for a writer.</summary>
    public static IndicatorReaders OnSnapshots(PublishedDatabase published) => new(published.Connect);

    public IndicatorReader Open(UserScope user)
    {
        var connection = connect();
        return new IndicatorReader(connection, DataHorizon.Read(connection), user, ownsConnection: true);
    }
}
