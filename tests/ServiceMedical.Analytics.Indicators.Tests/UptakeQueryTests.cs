using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>Uptake on <see cref="Fixtures.CentresEligibilityContracts"/>; every expected figure is counted by hand there.</summary>
public sealed class UptakeQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts);

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<UptakeRow> Run(string query, UserScope? user = null) =>
        UptakeIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query));

    private static string Show(IEnumerable<UptakeRow> rows) =>
        string.Join(" | ", rows.Select(r => $"{r.Snapshot:yyyy-MM-dd} {r.Zone} {r.Contracted}/{r.Eligible}"));

    [Fact]
    public void National_EachSnapshot_CountsContractsHeldOnItsLastDay()
    {
        // S1 (last day 30/06): A, B, M, P eligible; A (10/03) and P (15/01) hold a contract; M signs in August.
        // S2 (open: counted on the data horizon, 31/12): A, C, M, P eligible; C's contract was terminated in 2020; M signed 01/08.
        Assert.Equal("2021-01-01 FR 2/4 | 2021-07-01 FR 3/4", Show(Run("")));
        Assert.Equal(0.5, Run("")[0].Rate);
    }

    [Fact]
    public void Region_And_DepartmentBreakdown_SplitTheSameCounts()
    {
        Assert.Equal("2021-01-01 84 1/3 | 2021-07-01 84 2/3", Show(Run("region=84")));
        Assert.Equal("2021-01-01 01 1/2 | 2021-01-01 69 0/1 | 2021-07-01 01 2/2 | 2021-07-01 69 0/1", Show(Run("region=84&by=department")));
        Assert.Equal("2021-01-01 11 1/1 | 2021-01-01 84 1/3 | 2021-07-01 11 1/1 | 2021-07-01 84 2/3", Show(Run("by=region")));
        Assert.Equal("Auvergne-Rhône-Alpes", Run("region=84")[0].ZoneName);
        Assert.Equal("Rhône", Run("region=84&by=department")[1].ZoneName);
    }

    [Fact]
    public void May2021_UsesTheJanuarySnapshot_AsOfTheEndOfMay()
    {
        Assert.Equal("2021-01-01 84 1/3", Show(Run("region=84&from=2021-05-01&to=2021-05-31")));
        // As of 1 March, A had not signed yet; P had.
        Assert.Equal("2021-01-01 FR 1/4", Show(Run("to=2021-03-01")));
    }

    [Fact]
    public void EachRow_CountsEligibilityAndContracts_OnOneStatedDay()
    {
        // B (Rhône) signs on 02/02/2021, starts 01/03, and its contract is terminated on 10/03/2021.
        _db.Sql(Fixtures.Contract("AM-B", "centre_sante", "690000001", "69", "2021-02-02", "2021-03-01", "2026-02-28", terminated: "2021-03-10"));

        // S1 in AURA: A and M eligible in Ain, B in Rhône. On 09/03 B holds its contract, A has not signed.
        // On 10/03 A holds the contract it signed that day (not started yet: held, not in force); B's ends that very day.
        Assert.Equal("2021-01-01 01 0/2 | 2021-01-01 69 1/1", Show(Run("region=84&by=department&to=2021-03-09")));
        Assert.Equal("2021-01-01 01 1/2 | 2021-01-01 69 0/1", Show(Run("region=84&by=department&to=2021-03-10")));
        Assert.Equal([new DateOnly(2021, 3, 10)], Run("region=84&to=2021-03-10").Select(r => r.MeasuredOn));
        // Without a period end, a closed snapshot is counted on its last day (30/06), the open one on the data horizon.
        Assert.Equal([new DateOnly(2021, 6, 30), new DateOnly(2021, 12, 31)], Run("region=84").Select(r => r.MeasuredOn));
    }

    [Fact]
    public void ADoctorListedInTwoDepartments_CountsOnce_InTheDepartmentOfLowestCode()
    {
        // M (Ain, 01) is listed again in the Rhône (69) in both snapshots.
        _db.Sql("""
            INSERT INTO eligibilite (load_id, date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement, eligible) VALUES
                (2, DATE '2021-01-01', 'medecin_liberal', '10000000001', '69', true),
                (3, DATE '2021-07-01', 'medecin_liberal', '10000000001', '69', true);
            """);

        // The same counts as without the second listing: 2/4 then 3/4 in France; in AURA M stays in the Ain.
        Assert.Equal("2021-01-01 FR 2/4 | 2021-07-01 FR 3/4", Show(Run("")));
        Assert.Equal("2021-01-01 01 1/2 | 2021-01-01 69 0/1 | 2021-07-01 01 2/2 | 2021-07-01 69 0/1", Show(Run("region=84&by=department")));
        // Also for a period that ends within a snapshot (counted from the rows rather than the aggregates).
        Assert.Equal("2021-01-01 FR 1/4", Show(Run("to=2021-03-01")));
    }

    [Fact]
    public void CentreDeSanteOnly_And_CentreType_NarrowThePopulation()
    {
        Assert.Equal("2021-01-01 FR 2/3 | 2021-07-01 FR 2/3", Show(Run("beneficiary=centre_sante")));
        Assert.Equal("2021-01-01 FR 0/1 | 2021-07-01 FR 0/1", Show(Run("centreType=medical")));
    }

    [Fact]
    public void RegionalUser_GetsTheirRegion_AndAnAuthorisationErrorElsewhere()
    {
        var aura = UserScope.ForRegion("84");

        Assert.Equal("2021-01-01 84 1/3 | 2021-07-01 84 2/3", Show(Run("region=84", aura)));
        Assert.Throws<ScopeAuthorizationException>(() => Run("", aura));
        Assert.Throws<ScopeAuthorizationException>(() => Run("by=region", aura));
        Assert.Throws<ScopeAuthorizationException>(() => Run("department=75", aura));
    }

    [Fact]
    public void NewLoad_IsSeenAtOnce_TheMaterialisedAggregatesRefreshThemselves()
    {
        Assert.Equal("2021-01-01 84 1/3 | 2021-07-01 84 2/3", Show(Run("region=84")));

        // B signs in April 2021 (a later load): S1 in AURA goes from 1 to 2 of 3.
        _db.Sql(Fixtures.Contract("AM-B", "centre_sante", "690000001", "69", "2021-04-02", "2021-05-01", "2026-04-30"));

        Assert.Equal("2021-01-01 84 2/3 | 2021-07-01 84 2/3", Show(Run("region=84")));
    }

    [Fact]
    public void ByMonth_IsRefused_UptakeIsPerSnapshot()
    {
        Assert.Throws<FilterException>(() => Run("by=month"));
    }

    [Fact]
    public void ARegionalDirectorsCharts_CompareTheRegionWithFrance_WithoutReadingAnyOtherRegion()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.ForRegion("84"));
        var region = IndicatorFilter.Parse("region=84");

        // Over time: AURA 1/3 then 2/3, France 2/4 then 3/4 (dashed), both in the chart's table.
        var overTime = IndicatorCatalog.FindChart("adhesion")!.Render(reader, region)!;
        Assert.Equal(
            ["2021-01-01 84 1/3", "2021-07-01 84 2/3", "2021-01-01 FR 2/4", "2021-07-01 FR 3/4"],
            overTime.Table.Rows.Select(r => $"{r[0]:yyyy-MM-dd} {r[1]} {r[5]}/{r[4]}"));
        Assert.Equal("Taux d'adhésion par instantané d'éligibilité, comparé à la France", overTime.Caption.Title);
        Assert.Contains("France entière", overTime.ScreenSvg(), StringComparison.Ordinal);
        // Exported, the chart would show the region's 1 centre of 3: the image is withheld, its title and the reason
        // given, no value drawn nor named; the screen keeps the chart.
        var exported = overTime.ExportSvg();
        Assert.Contains("Image non diffusée : ce graphique montrerait des valeurs portant sur", exported, StringComparison.Ordinal);
        Assert.Contains("moins de 11 personnes ou structures (secret statistique)", exported, StringComparison.Ordinal);
        Assert.Contains("Région Auvergne-Rhône-Alpes", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("France entière", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("33,3", exported, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], overTime.ExportPng()[..4]);

        // Ranked: Ain 2/2, Rhône 0/1 at the July snapshot, against France's 75,0 %.
        var ranked = IndicatorCatalog.FindChart("adhesion-zones")!.Render(reader, region)!;
        Assert.Equal(["01 2/2", "69 0/1", "FR 3/4"], ranked.Table.Rows.Select(r => $"{r[1]} {r[5]}/{r[4]}"));
        Assert.Contains("France entière : 75,0", ranked.ScreenSvg(), StringComparison.Ordinal);
        Assert.NotNull(ranked.Withheld);

        // Île-de-France (11) is in France's total only: never read on its own, and still refused when asked for.
        Assert.DoesNotContain(overTime.Table.Rows.Concat(ranked.Table.Rows), r => Equals(r[1], "11"));
        Assert.Throws<ScopeAuthorizationException>(() => reader.Rows(UptakeIndicator.Instance, IndicatorFilter.National));
        Assert.Throws<ScopeAuthorizationException>(() => reader.Rows(UptakeIndicator.Instance, IndicatorFilter.Parse("by=region")));
    }

    /// <summary>
    /// Exported with a threshold of 2 (every 1 is small): Rhône's 1 eligible centre is masked. The region's 3, which
    /// would give it back less Ain's 2, is masked as France by region masks it (to protect Île-de-France's 1): the region's
    /// line has two masked cells and Ain's 2 stays. Ain's own export masks as the region's table does. Without France by
    /// region, the region's 3 published, Ain's 2 is masked.
    /// </summary>
    [Fact]
    public void ADepartmentsExport_IsMaskedAsARowOfItsRegionByDepartment()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new Secrecy.SmallCountRule(2) };
        string Ain(string query) => string.Join(" | ", reader.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse(query)).Table.Rows
            .Where(r => Equals(r[1], "01")).Select(r => $"{r[0]:yyyy-MM-dd} {IndicatorTable.Format(r[5])}/{IndicatorTable.Format(r[4])}"));

        Assert.Equal("2021-01-01 < 2/2 | 2021-07-01 secret/2", Ain("region=84&by=department"));
        Assert.Equal(Ain("region=84&by=department"), Ain("department=01"));

        // Île-de-France's centre P leaves: France by region masks nothing, the region's 3 is published, Ain's 2 masked.
        _db.Sql("DELETE FROM eligibilite WHERE identifiant_beneficiaire = '750000001'; DELETE FROM contrats_assistants_medicaux WHERE numero_contrat = 'AM-P';");
        using var again = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new Secrecy.SmallCountRule(2) };
        string AinAgain(string query) => string.Join(" | ", again.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse(query)).Table.Rows
            .Where(r => Equals(r[1], "01")).Select(r => $"{r[0]:yyyy-MM-dd} {IndicatorTable.Format(r[4])}"));
        Assert.Equal("2021-01-01 secret | 2021-07-01 secret", AinAgain("region=84&by=department"));
        Assert.Equal(AinAgain("region=84&by=department"), AinAgain("department=01"));
    }

    /// <summary>
    /// Threshold 2 (every 1 is small), France: 4 eligible (1 doctor, 3 centres); under contract 2 then 3 (the doctor in
    /// July). The doctors' export masks their 1s; the centres' would publish 3 eligible, and France's 4 less 3 would give
    /// the doctor back: the centres' 3 is masked too ("secret"), and their July 2 under contract. Both exports mask alike
    /// whichever is asked, and France's, published, keeps its figures.
    /// </summary>
    [Fact]
    public void ATypeOfBeneficiary_IsMaskedWithTheOtherType_SoThatFranceLessOneGivesNothingBack()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new Secrecy.SmallCountRule(2) };
        string Export(string query) => string.Join(" | ", reader.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse(query)).Table.Rows
            .Select(r => $"{r[0]:yyyy-MM-dd} {IndicatorTable.Format(r[5])}/{IndicatorTable.Format(r[4])}"));

        Assert.Equal("2021-01-01 2/4 | 2021-07-01 3/4", Export(""));
        Assert.Equal("2021-01-01 0/< 2 | 2021-07-01 < 2/< 2", Export("beneficiary=medecin_liberal"));
        Assert.Equal("2021-01-01 2/secret | 2021-07-01 secret/secret", Export("beneficiary=centre_sante"));
    }

    /// <summary>
    /// Threshold 2, France by region: Île-de-France's 1 eligible centre is masked, and so is Auvergne-Rhône-Alpes' 3,
    /// which France's 4 would give back. The region's own export — a regional director's dossier — masks its 3 alike:
    /// published there, France's 4 less it would give Île-de-France's 1. Its director reads no other region for it.
    /// </summary>
    [Fact]
    public void ARegionsExport_IsMaskedAsARowOfFranceByRegion_WithoutItsUserReadingAnyOtherRegion()
    {
        var director = UserScope.ForRegion("84");
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, director) { Secrecy = new Secrecy.SmallCountRule(2) };
        using var national = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new Secrecy.SmallCountRule(2) };
        static string Show(Secrecy.ExportedTable table, string zone) => string.Join(" | ", table.Table.Rows.Where(r => Equals(r[1], zone))
            .Select(r => $"{r[0]:yyyy-MM-dd} {IndicatorTable.Format(r[5])}/{IndicatorTable.Format(r[4])}"));

        Assert.Equal("2021-01-01 < 2/secret | 2021-07-01 secret/secret", Show(national.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse("by=region")), "84"));
        Assert.Equal("2021-01-01 < 2/secret | 2021-07-01 secret/secret", Show(reader.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse("region=84")), "84"));
        Assert.Throws<ScopeAuthorizationException>(() => reader.Rows(UptakeIndicator.Instance, IndicatorFilter.Parse("by=region")));
        Assert.Throws<ScopeAuthorizationException>(() => reader.ExportTable(UptakeIndicator.Instance, IndicatorFilter.Parse("by=region")));
    }

    /// <summary>
    /// Threshold 2, a director of Auvergne-Rhône-Alpes, centres only. The uptake chart's table carries France's rows as a
    /// reference: they are masked as France's own export of centres masks them (its 3 eligible would give the doctor's 1
    /// back from France's 4), not on their own. And the region's key figure, its last snapshot's row, which France by
    /// region masks to protect Île-de-France, reads « secret » on the dossier's cover.
    /// </summary>
    [Fact]
    public void FrancesRowsBesideARegion_AndTheRegionsKeyFigure_AreMaskedAsTheirOwnExports()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.ForRegion("84")) { Secrecy = new Secrecy.SmallCountRule(2) };

        var chart = IndicatorCatalog.FindChart("adhesion")!.Render(reader, IndicatorFilter.Parse("region=84&beneficiary=centre_sante"))!;
        Assert.Equal(["2021-01-01 2/secret", "2021-07-01 secret/secret"], chart.Exported.Table.Rows.Where(r => Equals(r[1], "FR"))
            .Select(r => $"{r[0]:yyyy-MM-dd} {IndicatorTable.Format(r[5])}/{IndicatorTable.Format(r[4])}"));

        var uptake = new KeyFigures.KeyFiguresQuery(reader).Run(Pages.DashboardPages.Assistants, IndicatorFilter.Parse("region=84"))!.Value.Figures.Single(f => f.Label == "Taux d'adhésion");
        Assert.Equal("2 sous contrat sur 3 éligibles au 31/12/2021", uptake.Detail.Replace('\u202F', ' '));
        Assert.True(uptake.Masked);
        var exported = Secrecy.KeyFigureSecrecy.Export(reader.Secrecy, uptake);
        Assert.Equal(("secret", "secret statistique"), (exported.Value?.ToString(), exported.Detail));
    }

    /// <summary>
    /// With a threshold of 3, France's 2 centres under contract of the first snapshot are masked, and so is its rate: the
    /// exported image of uptake over time leaves that point out and says so, instead of being withheld. The screen shows it.
    /// </summary>
    [Fact]
    public void UptakeOverTime_IsExportedWithItsMaskedSnapshotsLeftOut()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new Secrecy.SmallCountRule(3) };

        var overTime = IndicatorCatalog.FindChart("adhesion")!.Render(reader, IndicatorFilter.National)!;

        Assert.Equal("< 3 secret | 3 0,75", string.Join(" | ", overTime.Exported.Table.Rows.Select(r => $"{IndicatorTable.Format(r[5])} {IndicatorTable.Format(r[6])}")));
        Assert.Null(overTime.Withheld);
        Assert.Contains(Charts.LineChart.GapNote, overTime.ExportSvg(), StringComparison.Ordinal);
        Assert.DoesNotContain(Charts.LineChart.GapNote, overTime.ScreenSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void FranceItself_IsNotComparedWithFrance()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National);

        var overTime = IndicatorCatalog.FindChart("adhesion")!.Render(reader, IndicatorFilter.National)!;

        Assert.Equal(["2021-01-01 FR 2/4", "2021-07-01 FR 3/4"], overTime.Table.Rows.Select(r => $"{r[0]:yyyy-MM-dd} {r[1]} {r[5]}/{r[4]}"));
        Assert.Equal("Taux d'adhésion par instantané d'éligibilité", overTime.Caption.Title);
    }
}
