using ServiceMedical.Analytics.Indicators.DataStatus;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// A load keeps its first rejects row by row and counts every one by reason, so that a file of millions of bad rows
/// neither fills the database nor hides how many were bad; and keys are compared without memory growing with the file.
/// </summary>
public sealed class KeptRejectsTests : IDisposable
{
    private const string ActivityHeader = "type_beneficiaire;identifiant_beneficiaire;mois;file_active;patients_medecin_traitant";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void RefusedFileOfIdenticalRows_KeepsItsFirstRejects_AndCountsThemAll()
    {
        // 30 identical rows (lines 2 to 31) and two bad months (lines 32 and 33).
        var content = ActivityHeader + "\n" + string.Concat(Enumerable.Repeat("medecin_liberal;10000000001;2024-01;1200;840\n", 30)) +
                      "medecin_liberal;10000000002;2024-13;900;\nmedecin_liberal;10000000003;2024-00;900;\n";

        var result = _db.Load("activite_mesuree.csv", content, new LoadPolicy(0.05, KeptRejects: 5));

        Assert.Equal((LoadStatus.Failed, 32L, 31L), (result.Status, result.RowsRead, result.RowsRejected));
        var loadId = result.LoadId!.Value;
        // The first five by line: line 2 holds the key first, so the repeats start at line 3.
        Assert.Equal([3L, 4L, 5L, 6L, 7L], _db.Rejects(loadId).Select(r => r.Line));
        Assert.All(_db.Rejects(loadId), r => Assert.Equal("clé en double (type_beneficiaire, identifiant_beneficiaire, mois) : déjà présente ligne 2", r.Reason));
        var counts = LoadRejects.Counts(_db.Connection, loadId);
        Assert.Equal(
            [new RejectCount("type_beneficiaire", "clé en double (type_beneficiaire, identifiant_beneficiaire, mois) : déjà présente ligne 2", 29, 3, "medecin_liberal, 10000000001, 2024-01"),
             new RejectCount("mois", "mois attendu (aaaa-mm ou mm/aaaa)", 2, 32, "2024-13")],
            counts);
        Assert.Contains($"voir les rejets du chargement n° {loadId}", result.Message, StringComparison.Ordinal);
        // The Données page counts every reject, not only the kept ones.
        Assert.Equal([(29L, 3L), (2L, 32L)], new DataStatusQuery(_db.Connection).RejectReasons(UserScope.National, loads: 10, limit: 10).Select(r => (r.Rows, r.FirstLine)));
    }

    [Fact]
    public void LoadUnderTheThreshold_LeavesOutEveryRejectedLine_EvenPastTheKeptOnes()
    {
        var rows = Enumerable.Range(0, 10).Select(i => $"medecin_liberal;{10_000_000_000L + i};2024-01;{1000 + i};").ToList();
        foreach (var bad in new[] { 2, 4, 6, 8 })
        {
            rows[bad] = rows[bad].Replace(";2024-01;", ";2024-13;", StringComparison.Ordinal);
        }

        var result = _db.Load("activite_mesuree.csv", ActivityHeader + "\n" + string.Join("\n", rows) + "\n", new LoadPolicy(0.5, KeptRejects: 2));

        Assert.Equal((LoadStatus.Succeeded, 6L, 4L), (result.Status, result.RowsAccepted, result.RowsRejected));
        Assert.Equal([4L, 6L], _db.Rejects(result.LoadId!.Value).Select(r => r.Line));
        Assert.Equal(4, Assert.Single(LoadRejects.Counts(_db.Connection, result.LoadId!.Value)).Rows);
        Assert.Equal("1000,1001,1003,1005,1007,1009", _db.Text("SELECT string_agg(file_active::VARCHAR, ',' ORDER BY file_active) FROM activite_mesuree"));
    }

    [Fact]
    public void FileLargerThanTheKeyHashBudget_IsStillLoadedInOneRead_AndARepeatedKeyStillStagesIt()
    {
        var policy = LoadPolicy.Strict with { KeyHashRows = 2 };
        var clean = ActivityHeader + "\n" + "medecin_liberal;10000000001;2024-01;1200;840\nmedecin_liberal;10000000001;2024-02;1250;\nmedecin_liberal;10000000002;2024-01;900;\n";
        var phases = new List<LoadPhase>();

        var loaded = _db.Loader(policy, (_, phase) => phases.Add(phase)).Load(_db.WriteFile("activite_mesuree.csv", clean));
        var repeated = _db.Load("activite_mesuree_2.csv", clean + "medecin_liberal;10000000002;2024-01;901;\n", policy);

        Assert.Equal((LoadStatus.Succeeded, 3L), (loaded.Status, loaded.RowsAccepted));
        Assert.Equal([LoadPhase.Reading, LoadPhase.Writing], phases);
        Assert.Equal(LoadStatus.Failed, repeated.Status);
        Assert.Equal((5L, "clé en double (type_beneficiaire, identifiant_beneficiaire, mois) : déjà présente ligne 4"),
            _db.Rejects(repeated.LoadId!.Value).Select(r => (r.Line, r.Reason)).Single());
    }
}
