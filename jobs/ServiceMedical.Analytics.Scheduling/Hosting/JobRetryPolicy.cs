using Hangfire;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>
/// Retries only transient faults, with back-off; any other failure (a bug, a misconfigured folder) fails at once
/// and is shown. Bad input never reaches this point: a refused file is an outcome of the inbox job, not a fault.
/// </summary>
public static class JobRetryPolicy
{
    private static readonly Lock s_installing = new();

    /// <summary>Replaces Hangfire's default (ten retries of anything) with this policy, for every job.</summary>
    public static void Install(SchedulingOptions options)
    {
        var delays = options.RetryDelaysSeconds.Length > 0 ? options.RetryDelaysSeconds : [60];
        lock (s_installing)
        {
            GlobalJobFilters.Filters.Remove<AutomaticRetryAttribute>();
            GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute
            {
                Attempts = options.RetryAttempts,
                DelayInSecondsByAttemptFunc = attempt => delays[(int)Math.Min(attempt - 1, delays.Length - 1)],
                OnlyOn = [typeof(TransientJobException)],
                OnAttemptsExceeded = AttemptsExceededAction.Fail,
            });
        }
    }
}
