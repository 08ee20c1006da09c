using System.ComponentModel;
using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>A recurring job as the Données page lists it.</summary>
public sealed record RecurringJobStatus(string Id, string Title, string Cron, DateTime? NextRun, DateTime? LastRun, string? LastState, string? Error);

/// <summary>One run of a job: its state, when, how long, and its result or error.</summary>
public sealed record JobRun(string JobId, string Title, JobRunState State, DateTime? At, TimeSpan? Duration, string? Detail);

public enum JobRunState
{
    Succeeded,
    Failed,
    Processing,
    RetryScheduled,
}

/// <summary>
/// Outcomes, durations and errors of the jobs, read from the job storage: on PostgreSQL that is every node's
/// work; in memory, this process's since it started (the data's own dates stay in the database).
/// </summary>
public sealed class JobHistory(JobStorage storage)
{
    public IReadOnlyList<RecurringJobStatus> Recurring()
    {
        using var connection = storage.GetConnection();
        return [.. connection.GetRecurringJobs()
            .Where(j => ScheduledJobs.All.Contains(j.Id))
            .OrderBy(j => ScheduledJobs.All.ToList().IndexOf(j.Id))
            .Select(j => new RecurringJobStatus(j.Id, j.Job is { } job ? TitleOf(job) : j.Id, j.Cron, j.NextExecution, j.LastExecution, j.LastJobState, j.Error))];
    }

    /// <summary>The latest runs, newest first: finished, running, and failures waiting for a retry.</summary>
    public IReadOnlyList<JobRun> Recent(int count)
    {
        var monitoring = storage.GetMonitoringApi();
        var runs = new List<JobRun>();
        runs.AddRange(monitoring.SucceededJobs(0, count).Select(j => new JobRun(j.Key, TitleOf(j.Value.Job), JobRunState.Succeeded,
            j.Value.SucceededAt, j.Value.TotalDuration is { } ms ? TimeSpan.FromMilliseconds(ms) : null, ResultText(j.Value.Result))));
        runs.AddRange(monitoring.FailedJobs(0, count).Select(j => new JobRun(j.Key, TitleOf(j.Value.Job), JobRunState.Failed,
            j.Value.FailedAt, null, j.Value.ExceptionMessage)));
        runs.AddRange(monitoring.ProcessingJobs(0, count).Select(j => new JobRun(j.Key, TitleOf(j.Value.Job), JobRunState.Processing,
            j.Value.StartedAt, null, null)));
        runs.AddRange(monitoring.ScheduledJobs(0, count).Select(j => new JobRun(j.Key, TitleOf(j.Value.Job), JobRunState.RetryScheduled,
            j.Value.EnqueueAt, null, LastFailure(monitoring, j.Key))));
        return [.. runs.OrderByDescending(r => r.At).Take(count)];
    }

    /// <summary>A job's name for people: its method's [DisplayName].</summary>
    public static string TitleOf(Job? job) =>
        job?.Method.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? job?.Method.Name ?? "tâche inconnue";

    private static string? LastFailure(IMonitoringApi monitoring, string jobId) =>
        monitoring.JobDetails(jobId)?.History.FirstOrDefault(h => h.StateName == "Scheduled")?.Reason;

    /// <summary>Jobs return their summary as text, which Hangfire keeps as a JSON string.</summary>
    private static string? ResultText(object? result) => result?.ToString()?.Trim('"');
}
