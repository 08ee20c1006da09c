using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// Real extracts as they arrive, decided from the domain (docs/data-contracts.md): codes that lost a leading zero in a
/// spreadsheet, dates written with a midnight time, amended contracts, renewals, a doctor listed in two departments.
/// </summary>
public sealed class RealExtractTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public RealExtractTests() => ContractWorld.Load(_db);

    public void Dispose() => _db.Dispose();

    private LoadResult Load(string dataset, params string[] rows) =>
        _db.Load($"{dataset}_{Guid.NewGuid():N}.csv", ContractWorld.Csv(DataContracts.Find(dataset)!, [.. rows.Select(r => ContractWorld.With(dataset, r))]));

    [Fact]
    public void CodesThatLostTheirLeadingZero_GetItBack()
    {
        // A department 1 (Ain), a FINESS of 8 digits, a region 1 (Guadeloupe): as Excel leaves them.
        var centre = Load("centres_sante", "finess=10780054|code_departement=1");
        var post = Load("postes_recrutement", "identifiant_poste=P-010|code_region=1");

        Assert.Equal((LoadStatus.Succeeded, LoadStatus.Succeeded), (centre.Status, post.Status));
        Assert.Equal("010780054|01", _db.Text($"SELECT finess || '|' || code_departement FROM centres_sante WHERE load_id = {centre.LoadId}"));
        Assert.Equal("01", _db.Text($"SELECT code_region FROM postes_recrutement WHERE load_id = {post.LoadId}"));
        // Two digits missing would be a guess: refused.
        Assert.Equal(LoadStatus.Failed, Load("centres_sante", "finess=1078005").Status);
    }

    [Theory]
    [InlineData("2019-09-02 00:00:00")]
    [InlineData("02/09/2019 00:00")]
    [InlineData("2019-09-02 00:00")]
    public void ADateWrittenWithAMidnightTime_IsTheDate(string written)
    {
        var result = Load("centres_sante", $"date_ouverture={written}");

        Assert.Equal(LoadStatus.Succeeded, result.Status);
        Assert.Equal("2019-09-02", _db.Text($"SELECT CAST(date_ouverture AS VARCHAR) FROM centres_sante WHERE load_id = {result.LoadId}"));
        // Another time of day is not a date.
        Assert.Equal(LoadStatus.Failed, Load("centres_sante", "date_ouverture=2019-09-02 10:30:00").Status);
    }

    [Fact]
    public void Contracts_AnObjectiveOf0_AnAmendedLength_ASlashInTheNumber_AndARenewal_AllLoad()
    {
        var result = Load("contrats_assistants_medicaux",
            "numero_contrat=CPAM01/2021/0007|objectif_progression_pct=0",
            // Lengthened by an amendment: five years and six months.
            "numero_contrat=AM-2021-0008|identifiant_beneficiaire=10000000019|date_fin=31/07/2026",
            // The same doctor renews after five years: a new contract, the same beneficiary.
            "numero_contrat=AM-2026-0009|date_signature=10/12/2025|date_debut=02/02/2026|date_fin=01/02/2031");

        Assert.Equal((LoadStatus.Succeeded, 3L, 0L), (result.Status, result.RowsAccepted, result.RowsRejected));
        Assert.Equal(2, _db.Count("SELECT count(*) FROM contrats_assistants_medicaux WHERE identifiant_beneficiaire = '10000000000'"));
    }

    [Fact]
    public void ADoctorListedInTwoDepartmentsOfASnapshot_IsKept_AndReloadingTheSnapshotReplacesIt()
    {
        var rows = new[]
        {
            "type_beneficiaire=medecin_liberal|identifiant_beneficiaire=10000000027|code_departement=01",
            "type_beneficiaire=medecin_liberal|identifiant_beneficiaire=10000000027|code_departement=69",
        };
        var both = Load("eligibilite", rows);

        Assert.Equal((LoadStatus.Succeeded, 2L, 0L), (both.Status, both.RowsAccepted, both.RowsRejected));
        // The snapshot extracted again, corrected: the doctor now only in the Rhône. The whole snapshot is replaced.
        Load("eligibilite", rows[1]);
        Assert.Equal("69", _db.Text("SELECT string_agg(code_departement, '|') FROM eligibilite WHERE identifiant_beneficiaire = '10000000027'"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM eligibilite WHERE date_extraction = DATE '2021-01-01'"));
    }
}
