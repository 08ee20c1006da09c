using Hangfire;
using System.Diagnostics;
using ServiceMedical.Analytics.Scheduling.Inbox;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>Retries under a real Hangfire server (in memory): transient faults are retried with back-off, bad input and bugs are not.</summary>
public sealed class RetryTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly JobWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task DatabaseLockedByAnotherProcess_IsRetried_ThenTheJobSucceeds()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        await using var host = await JobHost.Start(_world);
        string jobId;
        using (var holder = LockHolder.Hold(_world.Database.Path))
        {
            jobId = host.Client.Enqueue<InboxJob>(job => job.Run());
            // The first attempt meets the lock and is put back for a retry.
            await WaitUntil(() => host.Retries(jobId) >= 1);
            Assert.Equal(["centres_sante.csv"], JobWorld.FilesIn(_world.Options.InboxFolder));
        }

        Assert.Equal("Succeeded", await host.WaitFor(jobId, s_timeout, "Succeeded", "Failed"));
        var failure = host.Details(jobId).History.First(h => h.StateName == "Failed");
        Assert.Contains("ouverte en écriture par un autre processus", failure.Data["ExceptionMessage"], StringComparison.Ordinal);
        Assert.Equal(["centres_sante.csv"], JobWorld.FilesIn(_world.Options.ArchiveFolder));
    }

    [Fact]
    public async Task BadFile_IsRefusedOnce_AndNotRetried()
    {
        _world.Drop("contrats_assistants_medicaux.csv", "numero_contrat;nom\nAM-1;Dupont\n");
        await using var host = await JobHost.Start(_world);

        var jobId = host.Client.Enqueue<InboxJob>(job => job.Run());

        Assert.Equal("Succeeded", await host.WaitFor(jobId, s_timeout, "Succeeded", "Failed"));
        Assert.Equal(0, host.Retries(jobId));
        Assert.Equal(["contrats_assistants_medicaux.csv", "contrats_assistants_medicaux.csv.rapport.txt"], JobWorld.FilesIn(_world.Options.RefusedFolder));
    }

    [Fact]
    public async Task AFaultThatIsNotTransient_FailsAtOnce_WithoutRetry()
    {
        // The inbox is configured on a file, not a folder: retrying cannot help.
        var notAFolder = Path.Combine(_world.Folder, "pas-un-dossier");
        File.WriteAllText(notAFolder, "");
        _world.Options.InboxFolder = notAFolder;
        await using var host = await JobHost.Start(_world);

        var jobId = host.Client.Enqueue<InboxJob>(job => job.Run());

        Assert.Equal("Failed", await host.WaitFor(jobId, s_timeout, "Succeeded", "Failed"));
        Assert.Equal(0, host.Retries(jobId));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < s_timeout, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
