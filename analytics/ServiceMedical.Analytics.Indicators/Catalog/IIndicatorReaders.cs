using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// Where indicators are read from, injected wherever they are read (pages, exports, dossiers, the command line): a
/// reader for one user, on a connection of its own at the data's horizon. Dispose the reader after use.
/// </summary>
public interface IIndicatorReaders
{
    IndicatorReader Open(UserScope user);
}
