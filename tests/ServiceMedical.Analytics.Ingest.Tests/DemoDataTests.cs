using System.Security.Cryptography;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Indicators.Attainment;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// The national demo up to November 2026 (as made on 1 December 2026), generated and loaded once for the class, checked
/// against the facts of DOMAIN.md and for the life-like traits the date rules and forecasts need.
/// </summary>
[Collection(NationalDemoGroup.Name)]
public sealed class DemoDataTests(DemoDataTests.NationalDemo demo)
{
    public static readonly DateOnly Until = new(2026, 11, 1);

    public sealed class NationalDemo : IDisposable
    {
        public NationalDemo()
        {
            Summary = DemoDataGenerator.Generate(new DemoOptions(Path.Combine(Database.Folder, "demo"), Until));
            Results = new InboxIngest(Database.Connection, LoadPolicy.Strict, TimeProvider.System).LoadFolder(Path.Combine(Database.Folder, "demo"));
            var raw = new Recomputation.RawDemo(Path.Combine(Database.Folder, "demo"));
            var geography = ReadGeography();
            Recompute = new Recomputation.Recompute(raw, geography.Regions, geography.Departments);
        }

        public TestDatabase Database { get; } = new();
        public DemoSummary Summary { get; }
        public IReadOnlyList<LoadResult> Results { get; }

        /// <summary>The indicators recomputed from the raw files (see <see cref="Recomputation.IndependentRecomputationTests"/>).</summary>
        public Recomputation.Recompute Recompute { get; }

        /// <summary>Region and department names, from the demo's geography extract.</summary>
        private (Dictionary<string, string> Regions, Dictionary<string, string> Departments) ReadGeography()
        {
            var (regions, departments) = (new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
            using var command = Database.Connection.Command("SELECT code_departement, libelle_departement, code_region, libelle_region FROM geographie");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                departments[reader.GetString(0)] = reader.GetString(1);
                regions[reader.GetString(2)] = reader.GetString(3);
            }

            return (regions, departments);
        }

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
        // date_fin is the last day in force: five years from the start, less a day.
        Assert.Equal(0, _db.Count("SELECT count(*) FROM contrats_assistants_medicaux WHERE date_fin <> date_debut + INTERVAL 5 YEAR - INTERVAL 1 DAY"));
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
    public void Eligibility_IsRefreshedEverySixMonths_From2019ToTheLastSnapshotBeforeTheExtract()
    {
        Assert.Equal("2019-07-01|2020-01-01|2020-07-01|2021-01-01|2021-07-01|2022-01-01|2022-07-01|2023-01-01|2023-07-01|2024-01-01|2024-07-01|2025-01-01|2025-07-01|2026-01-01|2026-07-01",
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
    public void Recruitment_ThreeCampaignsAYear_ThreeProfessions_MostlyCompliantJuries_AboutHalfFilled()
    {
        // January, May and October from 2019 to 2026: 24 campaigns.
        Assert.Equal(24, _db.Count("SELECT count(DISTINCT campagne) FROM postes_recrutement"));
        Assert.InRange(_db.Count("SELECT count(*) FROM postes_recrutement WHERE campagne LIKE '2019-%'"), 138, 142);
        Assert.Equal(3, _db.Count("SELECT count(DISTINCT profession) FROM postes_recrutement"));
        Assert.Equal(2, _db.Count("SELECT count(DISTINCT employeur) FROM postes_recrutement"));
        // Not every session is compliant: a few 40-minute interviews, a few incomplete juries, ARS posts heard without the ARS member.
        var interviews = _db.Count("SELECT count(*) FROM entretiens");
        Assert.InRange(_db.Count("SELECT count(*) FROM entretiens WHERE duree_minutes = 40"), interviews * 0.02, interviews * 0.06);
        Assert.InRange(_db.Count("SELECT count(*) FROM entretiens WHERE NOT jury_medecin_conseil_regional_adjoint"), 1, interviews * 0.05);
        Assert.True(_db.Count("SELECT count(*) FROM entretiens e JOIN postes_recrutement p USING (identifiant_poste) WHERE p.employeur = 'ars' AND NOT e.jury_ars") > 0);
        Assert.Equal(0, _db.Count("SELECT count(*) FROM entretiens WHERE duree_minutes NOT IN (40, 45)"));
        var fill = (double)_db.Count("SELECT count(*) FROM nominations") / _db.Count("SELECT count(*) FROM postes_recrutement");
        Assert.InRange(fill, 0.40, 0.60);
        var notTaken = (double)_db.Count("SELECT count(*) FROM nominations WHERE NOT prise_de_poste_effective") /
                       _db.Count("SELECT count(*) FROM nominations WHERE prise_de_poste_effective IS NOT NULL");
        Assert.InRange(notTaken, 0.19, 0.40);
    }

    [Fact]
    public void Uptake_AuraMay2021Snapshot_IsOneOfTwentyFive_ThroughTheIndicatorLayer()
    {
        var rows = UptakeIndicator.Instance.Rows(_db.Connection, DataHorizon.Read(_db.Connection), UserScope.ForRegion("84"), IndicatorFilter.Parse("region=84&beneficiary=centre_sante&from=2021-05-25&to=2021-05-25"));

        var may2021 = Assert.Single(rows);
        Assert.Equal((new DateOnly(2021, 1, 1), 25L, 1L, 0.04), (may2021.Snapshot, may2021.Eligible, may2021.Contracted, may2021.Rate));
    }

    [Fact]
    public void Attainment_Every2020MedecinContract_IsAtObjective_EveryContractYear()
    {
        var rows = AttainmentIndicator.Instance.Rows(_db.Connection, DataHorizon.Read(_db.Connection), UserScope.National, IndicatorFilter.Parse("beneficiary=medecin_liberal")).Where(r => r.Cohort == 2020).ToList();

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.ContractYear));
        Assert.All(rows, r => Assert.Equal((r.Measured, 1.0), (r.AtObjective, r.ShareAtObjective)));
        Assert.True(rows[0].Measured > 1_000);
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
        DemoDataGenerator.Generate(new DemoOptions(again, Until));

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
        var calendar = new DemoCalendar(Until);
        var structures = new StructuresGenerator(random, calendar);
        var centres = structures.Centres();
        var medecins = structures.Medecins();
        new ContractsGenerator(random, calendar).Sign(centres, medecins);
        var eligible = centres.Concat(medecins).Count(b => b.EligibleFrom >= 0);

        var rows = new ActivityGenerator(DemoOptions.DefaultSeed, calendar).Rows([.. centres, .. medecins], DemoScale.Xl).LongCount();

        Assert.Equal(eligible * 95L, rows);   // 95 months, January 2019 to November 2026
        Assert.True(rows >= 5_000_000, $"{rows} rows");
    }

    [Fact]
    public void EveryFile_NamesItsExtractDate_TheLastDayOfTheMonthAsked_AndNothingHappensAfterIt()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), demo.Summary.ExtractDate);
        Assert.All(demo.Summary.Files.Where(f => !f.File.StartsWith("eligibilite_", StringComparison.Ordinal)),
            f => Assert.Contains("_2026-11-30.", f.File, StringComparison.Ordinal));
        var horizon = DataHorizon.Read(_db.Connection);
        Assert.Equal(new DateOnly(2026, 11, 30), horizon.Of(DataContracts.All.Select(d => d.Name)));
        Assert.All(horizon.Extracts.Where(e => e.Timing == DatasetTiming.Events), e => Assert.True(e.Declared, e.Dataset));
        Assert.Equal(new DateOnly(2026, 7, 1), horizon.Extracts.Single(e => e.Dataset == "eligibilite").ExtractDate);
    }

    [Theory]
    [InlineData("2026-12-01T08:00:00+01:00", "2026-11-01")]
    [InlineData("2027-03-15T10:00:00+01:00", "2027-02-01")]
    // 31 December 2026 at 23:30 UTC is already 1 January 2027 in Paris: December is over there.
    [InlineData("2026-12-31T23:30:00+00:00", "2026-12-01")]
    public void AFreshDemo_RunsUpToTheLastCompleteMonthBeforeToday_InParis(string now, string month)
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), DemoOptions.LastCompleteMonth(time));
    }

    [Fact]
    public void Signatures_VaryMonthToMonth_WithASummerDip_AndAPaceThatChanges()
    {
        using var monthly = _db.Connection.Command(
            "SELECT year(date_signature), month(date_signature), count(*) FROM contrats_assistants_medicaux " +
            "WHERE date_signature >= DATE '2021-01-01' AND date_signature < DATE '2026-01-01' GROUP BY ALL ORDER BY 1, 2");
        var counts = new Dictionary<(int Year, int Month), long>();
        using (var reader = monthly.ExecuteReader())
        {
            while (reader.Read())
            {
                counts[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt64(2);
            }
        }

        // Every year, August signs less than July and September.
        Assert.All(Enumerable.Range(2021, 5), y => Assert.True(counts[(y, 8)] < counts[(y, 7)] && counts[(y, 8)] < counts[(y, 9)], $"{y}"));
        // No two consecutive months alike for long: the counts are noisy.
        Assert.True(counts.Values.Distinct().Count() > 40);
        // The yearly pace of new signers changes: the busiest year of 2020–2025 signs over 15 % more than the quietest.
        var yearly = Enumerable.Range(2020, 6).Select(y => _db.Count(NewSignersIn(y))).ToList();
        Assert.True(yearly.Max() > 1.15 * yearly.Min(), string.Join(", ", yearly));
    }

    [Fact]
    public void Contracts_AreRenewedFrom2024_AndAFewAreTerminatedEveryYear()
    {
        var renewals = _db.Count("SELECT count(*) FROM contrats_assistants_medicaux") - _db.Count("SELECT count(DISTINCT identifiant_beneficiaire) FROM contrats_assistants_medicaux");
        Assert.InRange(renewals, 1_000, 3_000);
        // The first renewal: a contract of 2019 reaching its five years in 2024, renewed the day after its end.
        Assert.Equal(2024, _db.Count(
            "SELECT min(year(r.date_signature)) FROM contrats_assistants_medicaux r JOIN contrats_assistants_medicaux f " +
            "ON f.identifiant_beneficiaire = r.identifiant_beneficiaire AND f.date_signature < r.date_signature AND r.date_debut = f.date_fin + INTERVAL 1 DAY"));
        Assert.All(Enumerable.Range(2021, 6), y => Assert.InRange(
            _db.Count($"SELECT count(*) FROM contrats_assistants_medicaux WHERE year(date_resiliation) = {y}"), 5, 100));
    }

    [Fact]
    public void SomeTutorsAreLate_AndSomeCqpTraineesToo()
    {
        Assert.True(_db.Count("SELECT count(*) FROM parcours_integration WHERE date_designation_tuteur > date_embauche + INTERVAL 3 MONTH") > 5);
        // Trainees past their expected end without a certificate (dropped out or behind).
        Assert.True(_db.Count(
            "SELECT count(*) FROM formations_cqp f WHERE f.date_certification IS NULL " +
            "AND f.date_debut_formation + INTERVAL 210 DAY < DATE '2026-11-30'") > 50);
    }

    private static string NewSignersIn(int year) =>
        $"SELECT count(*) FROM (SELECT min(date_signature) AS first FROM contrats_assistants_medicaux GROUP BY identifiant_beneficiaire) WHERE year(first) = {year}";

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}

[CollectionDefinition(Name)]
public sealed class NationalDemoGroup : ICollectionFixture<DemoDataTests.NationalDemo>
{
    public const string Name = "national demo";
}
