using Hangfire;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Dashboard.Components.Operations;

/// <summary>
/// The scheduled jobs, their last runs and (for administrators) a button to start one now, followed until it ends.
/// Job outcomes name national extracts and their errors: national users and administrators only.
/// </summary>
public sealed partial class ScheduledJobs : IDisposable
{
    private const int RunsShown = 20;

    private readonly CancellationTokenSource _closing = new();
    private IReadOnlyList<RecurringJobStatus> _recurring = [];
    private IReadOnlyList<JobRun> _runs = [];
    private string? _triggered;

    [Inject] public required JobHistory Jobs { get; init; }
    [Inject] public required IRecurringJobManager RecurringJobs { get; init; }
    [Inject] public required AuditLog Audit { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    [CascadingParameter] public required Task<AuthenticationState> Authentication { get; set; }

    /// <summary>False for a regional user: the jobs are not shown.</summary>
    [Parameter] public bool National { get; set; }

    [Parameter] public bool Administrator { get; set; }

    /// <summary>Raised when a job started here has ended: the page's data may have changed.</summary>
    [Parameter] public EventCallback JobEnded { get; set; }

    protected override void OnParametersSet() => ReadJobs();

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    private void ReadJobs()
    {
        (_recurring, _runs) = National ? (Jobs.Recurring(), Jobs.Recent(RunsShown)) : ([], []);
    }

    /// <summary>Starts a recurring job now; checked here, on the server, not only by hiding the button.</summary>
    private async Task Trigger(RecurringJobStatus job)
    {
        var principal = (await Authentication).User;
        if (!principal.IsInRole(DashboardClaims.AdministratorRole))
        {
            _triggered = "Seuls les administrateurs peuvent lancer une tâche.";
            return;
        }

        RecurringJobs.Trigger(job.Id);
        Audit.Record(principal.Identity?.Name, AuditEvents.JobTriggered, job.Id);
        _triggered = $"« {job.Title} » lancée ; son résultat apparaîtra dans les dernières exécutions.";
        ReadJobs();
        _ = FollowJob(job.Id);
    }

    /// <summary>Reads the jobs' state every two seconds until the started job has an outcome (or five minutes pass).</summary>
    private async Task FollowJob(string jobId)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2), Clock);
        var until = Clock.GetUtcNow().AddMinutes(5);
        try
        {
            while (Clock.GetUtcNow() < until && await timer.WaitForNextTickAsync(_closing.Token))
            {
                ReadJobs();
                var state = _recurring.FirstOrDefault(j => j.Id == jobId)?.LastState;
                if (state is "Succeeded" or "Failed" or "Scheduled")
                {
                    await InvokeAsync(JobEnded.InvokeAsync);
                    await InvokeAsync(StateHasChanged);
                    return;
                }

                await InvokeAsync(StateHasChanged);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The user left the page.
        }
    }

    private static string StateName(string? state) => state switch
    {
        "Succeeded" => "réussie",
        "Failed" => "échouée",
        "Processing" => "en cours",
        "Enqueued" => "en attente",
        "Scheduled" => "nouvelle tentative prévue",
        null => "—",
        _ => state,
    };

    private static string RunState(JobRunState state) => state switch
    {
        JobRunState.Succeeded => "réussie",
        JobRunState.Failed => "échouée",
        JobRunState.Processing => "en cours",
        _ => "nouvelle tentative prévue",
    };
}
