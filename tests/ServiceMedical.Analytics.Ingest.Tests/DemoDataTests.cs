using System.Security.Cryptography;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Indicators.Attainment;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>The national demo, generated and loaded once for the class, checked against the facts of DOMAIN.md.</summary>
public sealed class DemoDataTests(DemoDataTests.NationalDemo demo) : IClassFixture<DemoDataTests.NationalDemo>
{
    public sealed class NationalDemo : IDisposable
    {
        public NationalDemo()
        {
            Summary = DemoDataGenerator.Generate(new DemoOptions(Path.Combine(Database.Folder, "demo")));
            Results = new InboxIngest(Database.Connection, LoadPolicy.Strict, TimeProvider.System).LoadFolder(Path.Combine(Database.Folder, "demo"));
        }

        public TestDatabase Database { get; } = new();
        public DemoSummary Summary { get; }
        public IReadOnlyList<LoadResult> Results { get; }

        public void Dispose() => Database.Dispose();
    }

    private readonly TestDatabase _db = demo.Database;

    [Fact]
    public void NationalDemo_EveryFileLoads_WithZeroRejects()
    {
        Assert.Equal(demo.Summary.Files.Count, demo.Results.Count);
        Assert.All(demo.Results, r => Assert.True(r.Status == LoadStatus.Succeeded && r.RowsRejected == 0, $"{r.FileName}: {r.Message}"));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM load_rejects"));
        Assert.Equal(DataContracts.All.Count, demo.Results.Select(r => r.Dataset).Distinct().Count());
    }

    [Fact]
    public void NationalDemo_MixesSeparatorsEncodingsAndFileKinds()
    {
        var formats = _db.Text("SELECT string_agg(f, '|' ORDER BY f) FROM (SELECT DISTINCT file_format AS f FROM load_registry)");
        var encodings = _db.Text("SELECT string_agg(e, '|' ORDER BY e) FROM (SELECT DISTINCT encoding AS e FROM load_registry)");

        Assert.Equal("csv (,)|csv (;)|parquet|xlsx", formats);
        Assert.Equal("parquet|utf-8|utf-8 (BOM)|windows-1252|xlsx", encodings);
    }

    [Fact]
    public void Aura_SnapshotInForceInMay2021_Has25EligibleCentres_AndOneContracted()
    {
        // Snapshot of 1 January 2021 (in force until 30 June 2021); contracted = a contract signed by 25 May 2021.
        Assert.Equal(25, _db.Count(
            "SELECT count(*) FROM eligibilite e JOIN ref_departements d ON d.code = e.code_departement " +
            "WHERE d.region_code = '84' AND e.type_beneficiaire = 'centre_sante' AND e.eligible AND e.date_extraction = DATE '2021-01-01'"));
        Assert.Equal(1, _db.Count(
            "SELECT count(*) FROM eligibilite e JOIN ref_departements d ON d.code = e.code_departement " +
            "JOIN contrats_assistants_medicaux c ON c.identifiant_beneficiaire = e.identifiant_beneficiaire AND c.date_signature <= DATE '2021-06-30' " +
            "WHERE d.region_code = '84' AND e.type_beneficiaire = 'centre_sante' AND e.eligible AND e.date_extraction = DATE '2021-01-01'"));
        // Every one of the 25 was visited by a délégué at the end of 2020.
        Assert.Equal(25, _db.Count(
            "SELECT count(DISTINCT a.identifiant_beneficiaire) FROM actions_accompagnement a JOIN eligibilite e " +
            "ON e.identifiant_beneficiaire = a.identifiant_beneficiaire AND e.date_extraction = DATE '2021-01-01' AND e.eligible AND e.type_beneficiaire = 'centre_sante' " +
            "JOIN ref_departements d ON d.code = e.code_departement WHERE d.region_code = '84' " +
            "AND a.type_action = 'visite_delegue' AND a.date_action BETWEEN DATE '2020-10-01' AND DATE '2020-12-31'"));
    }

    [Fact]
    public void Every2020ContractOfAMedecinLiberal_ReachedItsObjective_EveryMonthOfItsFirstYear()
    {
        const string Year1 =
            "FROM contrats_assistants_medicaux c JOIN activite_mesuree a ON a.type_beneficiaire = c.type_beneficiaire " +
            "AND a.identifiant_beneficiaire = c.identifiant_beneficiaire AND a.mois >= c.date_debut AND a.mois < c.date_debut + INTERVAL 12 MONTH " +
            "WHERE c.type_beneficiaire = 'medecin_liberal' AND year(c.date_signature) = 2020";
        var contracts = _db.Count("SELECT count(DISTINCT c.numero_contrat) " + Year1);
        var belowTarget = _db.Count("SELECT count(*) " + Year1 + " AND a.file_active < c.file_active_reference * (1 + c.objectif_progression_pct / 100)");

        Assert.InRange(contracts, 1_000, 1_600);
        Assert.Equal(0, belowTarget);
        // Not so for every year: some later contracts fall short, or the indicator would say nothing.
        Assert.True(_db.Count(
            "SELECT count(*) FROM contrats_assistants_medicaux c JOIN activite_mesuree a ON a.identifiant_beneficiaire = c.identifiant_beneficiaire " +
            "AND a.mois = c.date_debut + INTERVAL 11 MONTH WHERE year(c.date_signature) = 2023 " +
            "AND a.file_active < c.file_active_reference * (1 + c.objectif_progression_pct / 100)") > 50);
    }

    [Theory]
    [InlineData("2019-12-31", 130)]
    [InlineData("2021-01-21", 1_545)]
    [InlineData("2022-05-28", 3_112)]
    public void NationalContracts_FollowThePublicFigures_Within3Percent(string day, int published)
    {
        var signed = _db.Count($"SELECT count(*) FROM contrats_assistants_medicaux WHERE date_signature <= DATE '{day}'");

        Assert.InRange(signed, published * 0.97, published * 1.03);
    }

    [Fact]
    public void Contracts_Last5Years_AndMostAreWithGeneralPractitioners()
    {
        Assert.Equal(0, _db.Count("SELECT count(*) FROM contrats_assistants_medicaux WHERE date_fin <> date_debut + INTERVAL 5 YEAR"));
        var share = (double)_db.Count(
            "SELECT count(*) FROM contrats_assistants_medicaux c JOIN eligibilite e ON e.identifiant_beneficiaire = c.identifiant_beneficiaire " +
            "AND e.date_extraction = DATE '2021-01-01' WHERE e.specialite = 'generaliste' AND c.date_signature <= DATE '2021-01-21'") /
            _db.Count("SELECT count(*) FROM contrats_assistants_medicaux WHERE date_signature <= DATE '2021-01-21'");
        Assert.InRange(share, 0.77, 0.87);   // 82 % on 21 January 2021
    }

    [Fact]
    public void Geography_AllRegionsAndDepartments_AreCovered()
    {
        Assert.Equal(101, _db.Count("SELECT count(*) FROM geographie"));
        Assert.Equal(101, _db.Count("SELECT count(DISTINCT code_departement) FROM eligibilite"));
        Assert.Equal(18, _db.Count("SELECT count(DISTINCT d.region_code) FROM centres_sante c JOIN ref_departements d ON d.code = c.code_departement"));
        Assert.Equal(18, _db.Count("SELECT count(DISTINCT code_region) FROM postes_recrutement"));
    }

    [Fact]
    public void Eligibility_IsRefreshedEverySixMonths_From2019To2025()
    {
        Assert.Equal("2019-07-01|2020-01-01|2020-07-01|2021-01-01|2021-07-01|2022-01-01|2022-07-01|2023-01-01|2023-07-01|2024-01-01|2024-07-01|2025-01-01|2025-07-01",
            _db.Text("SELECT string_agg(d, '|' ORDER BY d) FROM (SELECT DISTINCT strftime(date_extraction, '%Y-%m-%d') AS d FROM eligibilite)"));
    }

    [Fact]
    public void CqpTraining_TwelveOrganisationsIn2021_ThirtyOneLater_HoursWithinTheCohortProgramme()
    {
        Assert.Equal(12, _db.Count("SELECT count(*) FROM organismes_cqp WHERE date_agrement <= DATE '2021-06-30'"));
        Assert.Equal(31, _db.Count("SELECT count(*) FROM organismes_cqp"));
        Assert.Equal(384, _db.Count("SELECT max(heures_realisees) FROM formations_cqp WHERE date_debut_formation < DATE '2024-01-01'"));
        Assert.Equal(279, _db.Count("SELECT max(heures_realisees) FROM formations_cqp WHERE date_debut_formation >= DATE '2024-01-01'"));
        Assert.True(_db.Count("SELECT count(*) FROM formations_cqp WHERE date_certification IS NOT NULL") > 1_000);
    }

    [Fact]
    public void Recruitment_ThreeCampaignsAYear_ThreeProfessions_CompleteJuries_45MinuteInterviews_AboutHalfFilled()
    {
        Assert.Equal(21, _db.Count("SELECT count(DISTINCT campagne) FROM postes_recrutement"));
        Assert.InRange(_db.Count("SELECT count(*) FROM postes_recrutement WHERE campagne LIKE '2019-%'"), 138, 142);
        Assert.Equal(3, _db.Count("SELECT count(DISTINCT profession) FROM postes_recrutement"));
        Assert.Equal(2, _db.Count("SELECT count(DISTINCT employeur) FROM postes_recrutement"));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM entretiens WHERE duree_minutes <> 45"));
        Assert.Equal(0, _db.Count(
            "SELECT count(*) FROM entretiens e JOIN postes_recrutement p USING (identifiant_poste) WHERE NOT (e.jury_medecin_conseil_regional " +
            "AND e.jury_medecin_conseil_regional_adjoint AND e.jury_praticien_chef_service AND e.jury_rh_cnam) OR (p.employeur = 'ars' AND NOT e.jury_ars)"));
        var fill = (double)_db.Count("SELECT count(*) FROM nominations") / _db.Count("SELECT count(*) FROM postes_recrutement");
        Assert.InRange(fill, 0.40, 0.60);
        var notTaken = (double)_db.Count("SELECT count(*) FROM nominations WHERE NOT prise_de_poste_effective") /
                       _db.Count("SELECT count(*) FROM nominations WHERE prise_de_poste_effective IS NOT NULL");
        Assert.InRange(notTaken, 0.19, 0.40);
    }

    [Fact]
    public void Uptake_AuraMay2021Snapshot_IsOneOfTwentyFive_ThroughTheIndicatorLayer()
    {
        var rows = new UptakeQuery(_db.Connection, TimeProvider.System)
            .Run(UserScope.ForRegion("84"), IndicatorFilter.Parse("region=84&beneficiary=centre_sante&from=2021-05-25&to=2021-05-25"));

        var may2021 = Assert.Single(rows);
        Assert.Equal((new DateOnly(2021, 1, 1), 25L, 1L, 0.04), (may2021.Snapshot, may2021.Eligible, may2021.Contracted, may2021.Rate));
    }

    [Fact]
    public void Attainment_Every2020MedecinContract_IsAtObjective_EveryContractYear()
    {
        var rows = new AttainmentQuery(_db.Connection, TimeProvider.System)
            .Run(UserScope.National, IndicatorFilter.Parse("beneficiary=medecin_liberal")).Where(r => r.Cohort == 2020).ToList();

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.ContractYear));
        Assert.All(rows, r => Assert.Equal((r.Assessed, 1.0), (r.AtObjective, r.ShareAtObjective)));
        Assert.True(rows[0].Assessed > 1_000);
    }

    [Fact]
    public void NoPersonalData_CandidatesAreOnlyPseudonyms()
    {
        Assert.Equal(0, _db.Count("SELECT count(*) FROM candidatures WHERE NOT regexp_full_match(identifiant_candidat, 'C-[0-9A-F]{12}')"));
    }

    [Fact]
    public void SameSeed_WritesTheSameFiles()
    {
        var again = Path.Combine(_db.Folder, "demo-again");
        DemoDataGenerator.Generate(new DemoOptions(again));

        foreach (var file in Directory.EnumerateFiles(Path.Combine(_db.Folder, "demo")).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            Assert.True(Hash(file) == Hash(Path.Combine(again, Path.GetFileName(file))), $"{Path.GetFileName(file)} differs between two runs");
        }
    }

    [Fact]
    public void XlScale_MeasuresEveryEligibleBeneficiaryEveryMonth_OverFiveMillionRows()
    {
        // The same world as the generator's: structures, then contracts, from the default seed.
        var random = new DemoRandom(DemoOptions.DefaultSeed);
        var structures = new StructuresGenerator(random);
        var centres = structures.Centres();
        var medecins = structures.Medecins();
        new ContractsGenerator(random).Sign(centres, medecins);
        var eligible = centres.Concat(medecins).Count(b => b.EligibleFrom >= 0);

        var rows = new ActivityGenerator(DemoOptions.DefaultSeed).Rows([.. centres, .. medecins], DemoScale.Xl).LongCount();

        Assert.Equal(eligible * 84L, rows);   // 84 months, January 2019 to December 2025
        Assert.True(rows >= 5_000_000, $"{rows} rows");
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
