using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>Readers on connections of their own, each at the horizon of the data it opens, exporting under <paramref name="secrecy"/>.</summary>
public sealed class IndicatorReaders(Func<DuckDBConnection> connect, SmallCountRule? secrecy = null) : IIndicatorReaders
{
    private readonly SmallCountRule _secrecy = secrecy ?? new();

    /// <summary>From the database file itself, read-only (the command line, which is given the file to read).</summary>
    public static IndicatorReaders OnFile(AnalyticsDatabase database, SmallCountRule? secrecy = null) => new(database.OpenReadOnly, secrecy);

    /// <summary>From the latest published snapshot (the jobs): never waiting for a writer.</summary>
    public static IndicatorReaders OnSnapshots(PublishedDatabase published, SmallCountRule? secrecy = null) => new(published.Connect, secrecy);

    public IndicatorReader Open(UserScope user)
    {
        var connection = connect();
        return new IndicatorReader(connection, DataHorizon.Read(connection), user, ownsConnection: true) { Secrecy = _secrecy };
    }
}
