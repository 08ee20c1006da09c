using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// The one-read load of a clean CSV (read, insert, then checks on the stored rows) must keep exactly
/// the outcome of staging: whatever it cannot take as it is goes to staging, which names each reject.
/// </summary>
public sealed class OneReadLoadTests : IDisposable
{
    private const string ActivityHeader = "type_beneficiaire;identifiant_beneficiaire;mois;file_active;patients_medecin_traitant";

    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void CleanFile_LoadsInOneRead_WithoutStaging()
    {
        var (result, phases) = Load("activite_mesuree.csv",
            ActivityHeader + "\n" +
            "medecin_liberal;10000000001;2024-01;1200;840\n" +
            "medecin_liberal;10000000001;2024-02;1250;\n" +
            "medecin_liberal;10000000002;2024-01;900;630\n");

        Assert.Equal(LoadStatus.Succeeded, result.Status);
        Assert.Equal([LoadPhase.Reading, LoadPhase.Writing], phases);
        Assert.Equal(3350, _db.Count("SELECT CAST(sum(file_active) AS BIGINT) FROM activite_mesuree"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM activite_mesuree WHERE patients_medecin_traitant IS NULL"));
    }

    [Theory]
    [InlineData("medecin_liberal;10000000003;2024-02;12.5;\n", 4, "file_active", "nombre entier attendu")]
    [InlineData("pharmacie;10000000003;2024-02;1000;\n", 4, "type_beneficiaire", "valeur hors liste (centre_sante, medecin_liberal)")]
    [InlineData("medecin_liberal;10000000003;2024-02;;\n", 4, "file_active", "valeur obligatoire manquante")]
    [InlineData("medecin_liberal;10000000003;2024-02;-5;\n", 4, "file_active", "valeur hors de l'intervalle [0 ; 1000000]")]
    [InlineData("medecin_liberal;1000000000X;2024-02;1000;\n", 4, "identifiant_beneficiaire", "identifiant non conforme au type (FINESS de 9 caractères pour un centre, RPPS de 11 chiffres pour un médecin)")]
    [InlineData("centre_sante;690000017;2024-02;1000;\n", 4, "identifiant_beneficiaire", "centre de santé inconnu (FINESS absent de centres_sante)")]
    [InlineData("medecin_liberal;10000000001;2024-01;1000;\n", 4, "type_beneficiaire", "clé en double (type_beneficiaire, identifiant_beneficiaire, mois) : déjà présente ligne 2")]
    public void RowTheOneReadCannotTake_IsStaged_AndNamedByItsLine(string lastRow, long line, string column, string reason)
    {
        var (result, phases) = Load("activite_mesuree.csv",
            ActivityHeader + "\n" +
            "medecin_liberal;10000000001;2024-01;1200;840\n" +
            "medecin_liberal;10000000002;2024-01;900;630\n" +
            lastRow);

        Assert.Contains(LoadPhase.Validating, phases);
        Assert.Equal(LoadStatus.Failed, result.Status);
        var reject = Assert.Single(_db.Rejects(result.LoadId!.Value));
        Assert.Equal((line, column, reason), (reject.Line, reject.Column, reject.Reason));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM activite_mesuree"));
    }

    [Fact]
    public void CodeOutsideItsList_UnderTheThreshold_IsRejected_AndTheOtherRowsStoreTheirCodes()
    {
        var rows = string.Concat(Enumerable.Range(0, 20).Select(i => $"medecin_liberal;{10_000_000_000L + i};2024-01;{1000 + i};\n"))
            .Replace("medecin_liberal;10000000007", "pharmacie;10000000007", StringComparison.Ordinal);

        var result = _db.Loader(new LoadPolicy(0.05)).Load(_db.WriteFile("activite_mesuree.csv", ActivityHeader + "\n" + rows));

        Assert.Equal((LoadStatus.Succeeded, 19L, 1L), (result.Status, result.RowsAccepted, result.RowsRejected));
        Assert.Equal((9L, "pharmacie"), (_db.Rejects(result.LoadId!.Value).Single().Line, _db.Rejects(result.LoadId!.Value).Single().Value));
        Assert.Equal(19, _db.Count("SELECT count(*) FROM activite_mesuree WHERE type_beneficiaire = 'medecin_liberal'"));
    }

    [Fact]
    public void CodeInCapitalsAndPaddedText_AreStaged_ThenStoredAsStagingCleansThem()
    {
        var (result, phases) = Load("centres_sante.csv",
            CsvLoadTests.CentresHeader + "\n" +
            "010000024;  Centre de santé de Bourg ;01;POLYVALENT;non;2,5;15/03/2012\n");

        Assert.Equal(LoadStatus.Succeeded, result.Status);
        Assert.Contains(LoadPhase.Validating, phases);
        Assert.Equal("Centre de santé de Bourg", _db.Text("SELECT raison_sociale FROM centres_sante"));
        Assert.Equal("polyvalent", _db.Text("SELECT type_centre FROM centres_sante"));
    }

    [Fact]
    public void SameLargeContentTwice_IsFoundBeforeCommit_AndLeavesNoTrace()
    {
        // Large enough for the SHA-256 to be still running when the one-read insert ends.
        var rows = string.Concat(Enumerable.Range(0, 200_000).Select(i =>
            $"medecin_liberal;{10_000_000_000L + i / 12};{2019 + i % 12 / 12}-{i % 12 + 1:00};{800 + i % 1000};\n"));
        var first = _db.Load("activite_mesuree.csv", ActivityHeader + "\n" + rows);
        var path = _db.WriteFile("activite_mesuree_bis.csv", ActivityHeader + "\n" + rows);

        var second = _db.Loader().Load(path);

        Assert.Equal(LoadStatus.Succeeded, first.Status);
        Assert.Equal((LoadStatus.AlreadyLoaded, first.LoadId, 200_000L), (second.Status, second.LoadId, second.RowsAccepted));
        Assert.Equal(200_000, _db.Count("SELECT count(*) FROM activite_mesuree"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM load_registry"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))),
            _db.Text("SELECT sha256 FROM load_registry"));
    }

    private (LoadResult Result, List<LoadPhase> Phases) Load(string fileName, string content)
    {
        var phases = new List<LoadPhase>();
        var result = _db.Loader(progress: (_, phase) => phases.Add(phase)).Load(_db.WriteFile(fileName, content));
        return (result, phases);
    }
}
