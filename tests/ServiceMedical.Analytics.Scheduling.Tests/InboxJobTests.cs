using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling.Inbox;

namespace ServiceMedical.Analytics.Scheduling.Tests;

public sealed class InboxJobTests : IDisposable
{
    private readonly JobWorld _world = new();

    public void Dispose() => _world.Dispose();

    private InboxReport RunInbox() => new InboxJob(_world.Working(), _world.Options, LoadPolicy.Strict, TimeProvider.System).Load();

    [Fact]
    public void DroppedFiles_AreLoadedArchived_AndTheDashboardFiguresUpdated()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        _world.Drop("eligibilite.csv", JobWorld.Eligibility);
        _world.Drop("contrats_assistants_medicaux.csv", JobWorld.ContractHeader + JobWorld.ContractLine(1, "010000024"));

        var report = RunInbox();

        Assert.Equal(3, report.Loaded);
        Assert.Equal((1, 2), _world.AuraUptake());
        Assert.Empty(JobWorld.FilesIn(_world.Options.InboxFolder));
        Assert.Equal(["centres_sante.csv", "contrats_assistants_medicaux.csv", "eligibilite.csv"], JobWorld.FilesIn(_world.Options.ArchiveFolder));
        Assert.Empty(JobWorld.FilesIn(_world.Options.RefusedFolder));

        // A second contract later: the figures follow.
        _world.Drop("contrats_assistants_medicaux_2.csv", JobWorld.ContractHeader + JobWorld.ContractLine(2, "010780054"));
        Assert.Equal(1, RunInbox().Loaded);
        Assert.Equal((2, 2), _world.AuraUptake());
    }

    [Fact]
    public void AnEmptyFileOrAnUnknownFormat_IsRefusedWithItsReport_AndTheFilesOfTheSameRunArePublished()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        _world.Drop("eligibilite.csv", JobWorld.Eligibility);
        _world.Drop("centres_sante_vide.csv", "");
        _world.Drop("contrats_assistants_medicaux.csv", JobWorld.ContractHeader + JobWorld.ContractLine(1, "010000024"));
        _world.Drop("notes.json", "{}");
        _world.Drop("contrats_assistants_medicaux_3.csv.part", "still being written");

        var report = RunInbox();

        Assert.Equal((3, 2), (report.Loaded, report.Refused));
        // What loaded is published, whatever happened to the empty file.
        Assert.Equal((1, 2), _world.AuraUptake());
        Assert.Equal(["contrats_assistants_medicaux_3.csv.part"], JobWorld.FilesIn(_world.Options.InboxFolder));
        Assert.Equal(["centres_sante_vide.csv", "centres_sante_vide.csv.rapport.txt", "notes.json", "notes.json.rapport.txt"],
            JobWorld.FilesIn(_world.Options.RefusedFolder));
        Assert.Contains("Motif : centres_sante_vide.csv : fichier vide : aucune ligne d'en-tête",
            File.ReadAllText(Path.Combine(_world.Options.RefusedFolder, "centres_sante_vide.csv.rapport.txt")), StringComparison.Ordinal);
        Assert.Contains("Motif : notes.json : format « .json » non pris en charge",
            File.ReadAllText(Path.Combine(_world.Options.RefusedFolder, "notes.json.rapport.txt")), StringComparison.Ordinal);
        // The next run has nothing to do but the file still being written.
        Assert.Empty(RunInbox().Files);
    }

    [Fact]
    public void BadFile_EndsInRefused_WithAReportNamingLineAndColumn_AndTheDataAreUnchanged()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        _world.Drop("eligibilite.csv", JobWorld.Eligibility);
        _world.Drop("contrats_assistants_medicaux.csv", JobWorld.ContractHeader + JobWorld.ContractLine(1, "010000024"));
        RunInbox();

        // Line 3 (the header is line 1) signs on 31 February.
        _world.Drop("contrats_assistants_medicaux_2.csv", JobWorld.ContractHeader + JobWorld.ContractLine(2, "010780054")
            + JobWorld.ContractLine(3, "010780054").Replace("10/03/2021", "31/02/2021", StringComparison.Ordinal));
        var report = RunInbox();

        var refused = Assert.Single(report.Files);
        Assert.Equal(InboxOutcome.Refused, refused.Outcome);
        Assert.Equal(["contrats_assistants_medicaux_2.csv", "contrats_assistants_medicaux_2.csv.rapport.txt"], JobWorld.FilesIn(_world.Options.RefusedFolder));
        var text = File.ReadAllText(Path.Combine(_world.Options.RefusedFolder, "contrats_assistants_medicaux_2.csv.rapport.txt"));
        Assert.Contains("Fichier refusé : contrats_assistants_medicaux_2.csv", text, StringComparison.Ordinal);
        Assert.Matches(@"Rejets par motif : Colonne;Motif;Lignes;Première ligne\r?\ndate_signature;[^;\n]+;1;3\r?\n", text);
        Assert.Contains("Ligne;Colonne;Valeur;Motif", text, StringComparison.Ordinal);
        Assert.Contains("\n3;date_signature;31/02/2021;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2;", text, StringComparison.Ordinal);
        Assert.Equal((1, 2), _world.AuraUptake());
        using var connection = _world.Published.Connect();
        Assert.Equal(1, JobWorld.Scalar(connection, "SELECT count(*) FROM contrats_assistants_medicaux"));
    }

    [Fact]
    public void TheSameContentDroppedAgain_IsArchivedWithoutBeingLoadedTwice()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        RunInbox();
        _world.Drop("centres_sante.csv", JobWorld.Centres);

        var report = RunInbox();

        Assert.Equal(InboxOutcome.AlreadyLoaded, Assert.Single(report.Files).Outcome);
        using var connection = _world.Published.Connect();
        Assert.Equal(1, JobWorld.Scalar(connection, "SELECT count(*) FROM load_registry WHERE status = 'succeeded'"));
        Assert.Equal(3, JobWorld.Scalar(connection, "SELECT count(*) FROM centres_sante"));
        // Both copies are kept in the archive, the second under a time prefix.
        Assert.Equal(2, JobWorld.FilesIn(_world.Options.ArchiveFolder).Length);
    }

    /// <summary>
    /// A node died after its load committed but before it moved the file: the next run (another node, or the
    /// retried job) finds the file still in the inbox, recognises its content, archives it and loads nothing twice.
    /// </summary>
    [Fact]
    public void AFileLoadedJustBeforeACrash_IsArchivedByTheNextRun_NotLoadedAgain()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        _world.Working().Change("chargement interrompu avant le déplacement", connection =>
            new DatasetLoader(connection, LoadPolicy.Strict, TimeProvider.System).Load(Path.Combine(_world.Options.InboxFolder, "centres_sante.csv")));

        var report = RunInbox();

        Assert.Equal(InboxOutcome.AlreadyLoaded, Assert.Single(report.Files).Outcome);
        Assert.Equal(["centres_sante.csv"], JobWorld.FilesIn(_world.Options.ArchiveFolder));
        using var connection = _world.Published.Connect();
        Assert.Equal(3, JobWorld.Scalar(connection, "SELECT count(*) FROM centres_sante"));
        Assert.Equal(1, JobWorld.Scalar(connection, "SELECT count(*) FROM load_registry"));
    }

    [Fact]
    public void AnEmptyInbox_PublishesNothing()
    {
        var report = RunInbox();

        Assert.Empty(report.Files);
        Assert.Null(_world.Published.Snapshots.Current());
    }
}
