using System.ComponentModel;

namespace ServiceMedical.Analytics.Scheduling.Refresh;

/// <summary>
/// The nightly refresh: recomputes what derives from the data (the dashboard's aggregates, the forecasts) from scratch in the
/// working database, then publishes a new snapshot. Readers switch to it whole: a query runs on the old
/// snapshot or on the new one, never on a half-refreshed state.
/// </summary>
public sealed class RefreshJob(WorkingDatabase database)
{
    /// <summary>Runs the refresh for the scheduler, whose history keeps what it returns as its result: a sentence.</summary>
    [DisplayName("Actualisation : agrégats et prévisions recalculés, nouvelle publication")]
    public string Run() => Refresh().ToString();

    /// <summary>Runs the refresh, saying what became of the forecasts (the command line's exit status depends on it).</summary>
    public RefreshOutcome Refresh() => database.Refresh("actualisation");
}
