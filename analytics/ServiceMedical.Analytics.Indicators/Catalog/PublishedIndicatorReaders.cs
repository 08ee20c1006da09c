using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>Indicators read from the latest published snapshot (the jobs, the dashboard): never waiting for a writer.</summary>
public sealed class PublishedIndicatorReaders(PublishedDatabase published) : IIndicatorReaders
{
    public IndicatorReader Open(UserScope user)
    {
        var connection = published.Connect();
        return new IndicatorReader(connection, DataHorizon.Read(connection), user, ownsConnection: true);
    }
}
