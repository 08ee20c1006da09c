using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>Indicators read from the database file itself, read-only (the command line, which is given the file to read).</summary>
public sealed class DatabaseIndicatorReaders(AnalyticsDatabase database) : IIndicatorReaders
{
    public IndicatorReader Open(UserScope user)
    {
        var connection = database.OpenReadOnly();
        return new IndicatorReader(connection, DataHorizon.Read(connection), user, ownsConnection: true);
    }
}
