using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Contracts of <see cref="Fixtures.CentresEligibilityContracts"/>: C (Rhône) signed 01/06/2020, started 01/07/2020 and
/// terminated 15/12/2020; P (Paris) signed 15/01/2021, started 01/02; A (Ain) signed 10/03/2021, started 01/04; M (Ain)
/// signed 01/08/2021, started 01/09. Data extracted on 31/12/2021. In force on a day: started, not past its end date,
/// not terminated on or before that day (date-rules.sql).
/// </summary>
public sealed class ContractsOverTimeQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts);

    public void Dispose() => _db.Dispose();

    private string Run(string query, UserScope? user = null, string period = "yyyy-MM") => string.Join(" | ",
        ContractsOverTimeIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => $"{r.Period.ToString(period, System.Globalization.CultureInfo.InvariantCulture)} {r.Zone} {r.Signed}/{r.SignedToDate}/{r.InForce}"));

    private void Insert(string number, string department, string signed, string start, string end, string? terminated = null) =>
        _db.Sql(Fixtures.Contract(number, "centre_sante", "690000001", department, signed, start, end, terminated));

    [Fact]
    public void ByMonth_SignedThatMonth_SignedToDate_InForceAtMonthEnd()
    {
        // January: P signs but starts on 01/02, so it is not yet in force on 31/01; C, terminated in December 2020, counts as
        // signed only. March: A signs on the 10th and starts on 01/04, so on 31/03 only P is in force.
        Assert.Equal("2021-01 FR 1/2/0 | 2021-02 FR 0/2/1 | 2021-03 FR 1/3/1", Run("from=2021-01-01&to=2021-03-31"));
    }

    /// <summary>
    /// Corse-du-Sud, where nothing was signed before 2021, signs 5, 1 and 4 contracts in January, February and March,
    /// exported with a threshold of 3. It is Corse's only department with contracts: its figures are Corse's, which France
    /// by region masks in January (5, to protect Île-de-France's 1) and in March (4 and 10, for Auvergne-Rhône-Alpes' 1),
    /// so they are masked here too (« secret »). February's 1 is masked; its 6 to date less January's masked 5 gives
    /// nothing back: published, as in France by region. No month's signatures are the difference of two published totals,
    /// and the masks are worked out on the whole history, so that March alone masks the same.
    /// </summary>
    [Fact]
    public void Exported_NoMonthsSignaturesAreTheDifferenceOfTwoPublishedTotals()
    {
        _db.Sql(Fixtures.CorseDuSudFirstQuarter);

        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
        var exported = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-01-01&to=2021-03-31")).Table;

        Assert.Equal(["secret secret", "< 3 6", "secret secret"], exported.Rows.Select(r => $"{IndicatorTable.Format(r[3])} {IndicatorTable.Format(r[4])}"));
        // March on its own masks as the three months did.
        var march = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-03-01&to=2021-03-31")).Table;
        Assert.Equal(["secret secret"], march.Rows.Select(r => $"{IndicatorTable.Format(r[3])} {IndicatorTable.Format(r[4])}"));
        // And Corse's own export, a row of France by region, as its department.
        var corse = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("region=94&from=2021-01-01&to=2021-03-31")).Table;
        Assert.Equal(["secret secret", "< 3 6", "secret secret"], corse.Rows.Select(r => $"{IndicatorTable.Format(r[3])} {IndicatorTable.Format(r[4])}"));
    }

    /// <summary>
    /// The key figure « Contrats signés » of Corse in March 2021 is 4: its 10 to date at the end of March less February's
    /// 6. The contracts' export masks the 10 (France by region does), so the dossier's cover masks the 4: published beside
    /// February's 6, it would give the 10 back. February alone (1 signed) is small; the contracts in force, 0, stay.
    /// </summary>
    [Fact]
    public void APeriodsSignatures_AreMaskedOnTheCover_WhereTheirTotalsToDateAre()
    {
        _db.Sql(Fixtures.CorseDuSudFirstQuarter);
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };

        var figures = new KeyFigures.KeyFiguresQuery(reader).Run(Pages.DashboardPages.Assistants, IndicatorFilter.Parse("region=94&from=2021-03-01&to=2021-03-31"))!.Value.Figures;
        var signed = figures.Single(f => f.Label == "Contrats signés");

        Assert.Equal((4.0, 1.0), (signed.Value, signed.Previous));
        Assert.True(signed.Masked);
        var exported = KeyFigureSecrecy.Export(reader.Secrecy, signed);
        Assert.Equal(("secret", "< 3"), (exported.Value?.ToString(), exported.Previous?.ToString()));
        var inForce = KeyFigureSecrecy.Export(reader.Secrecy, figures.Single(f => f.Label == "Contrats en vigueur"));
        Assert.Equal(0.0, inForce.Value);
    }

    /// <summary>
    /// Corse-du-Sud signs 5 contracts in January 2021, 1 in February, none in March and 6 in April, threshold 3. By month,
    /// February's 1 is masked and so is what would give it back. By quarter on its own, nothing would be small: the first
    /// quarter's 6 signed, less January's 5 and March's published figures, would give February's 1. A quarter is masked
    /// from the months: what it added is masked when one of its months is, what it is at its end as its last month.
    /// </summary>
    [Fact]
    public void ExportedByQuarter_IsMaskedFromTheMonths_SoThatItsSumsGiveNoMaskedMonthBack()
    {
        _db.Sql(Fixtures.CorseDuSud("2021-01-04", "2021-01-05", "2021-01-06", "2021-01-07", "2021-01-08", "2021-02-01", "2021-04-01", "2021-04-02", "2021-04-03", "2021-04-04", "2021-04-05", "2021-04-06"));

        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
        string Cells(IndicatorTable table) => string.Join(" | ", table.Rows.Select(r => string.Join(' ', r.Skip(3).Select(IndicatorTable.Format))));
        var months = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-01-01&to=2021-06-30&by=month")).Table;
        var quarters = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-01-01&to=2021-06-30&by=quarter"));

        // Signed, signed to date, new signers, signers to date, in force at the end (contracts start on 1 June).
        Assert.Equal("5 5 5 5 0 | < 3 secret < 3 secret 0 | 0 secret 0 secret 0 | secret 12 secret 12 0 | 0 12 0 12 0 | 0 12 0 12 12", Cells(months));
        // Masked on its own, the first quarter would read « 6 6 6 6 0 »: 6 − 5 − 0 is February's 1.
        Assert.Equal("secret secret secret secret 0 | secret 12 secret 12 12", Cells(quarters.Table));
        Assert.True(quarters.IsHidden(0, 3) && !quarters.IsHidden(1, 4));
        var year = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-01-01&to=2021-06-30&by=year")).Table;
        Assert.Equal("secret 12 secret 12 12", Cells(year));
        // A quarter starting mid-way has no months of its own to be masked from: masked on its own, as before.
        var midway = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("department=2A&from=2021-02-01&to=2021-06-30&by=quarter")).Table;
        Assert.Equal(2, midway.Rows.Count);
    }

    [Fact]
    public void ByQuarter_SumsSignaturesAndKeepsTheQuarterEndFigures()
    {
        // 31/03: P (A starts 01/04); 30/06: P, A; 30/09: P, A, M (started 01/09).
        Assert.Equal("2021-01 FR 2/3/1 | 2021-04 FR 0/3/2 | 2021-07 FR 1/4/3 | 2021-10 FR 0/4/3", Run("from=2021-01-01&by=quarter"));
    }

    [Fact]
    public void DepartmentBreakdown_InARegion()
    {
        // M signs in Ain on 01/08 but starts on 01/09: on 31/08 only A is in force there.
        Assert.Equal("2021-07 01 0/1/1 | 2021-07 69 0/1/0 | 2021-08 01 1/2/1 | 2021-08 69 0/1/0",
            Run("region=84&by=department&from=2021-07-01&to=2021-08-31"));
    }

    [Fact]
    public void MedecinsOnly_StartFromTheirFirstSignature()
    {
        Assert.Equal("2021-08 FR 1/1/0 | 2021-09 FR 0/1/1", Run("beneficiary=medecin_liberal&to=2021-09-30"));
    }

    [Fact]
    public void ContractEnd_IsTheLastDayInForce()
    {
        Insert("AM-Z", "69", "2021-01-05", "2021-02-01", "2021-05-31");

        // Z ends on 31/05: in force that day, out of force on 01/06.
        Assert.Equal("2021-05-31 69 0/2/1", Run("department=69&from=2021-05-31&to=2021-05-31", period: "yyyy-MM-dd"));
        Assert.Equal("2021-06-01 69 0/2/0", Run("department=69&from=2021-06-01&to=2021-06-01", period: "yyyy-MM-dd"));
    }

    [Fact]
    public void ContractTerminatedOnADay_IsOutOfForceThatDay_InForceTheDayBefore()
    {
        Insert("AM-T", "69", "2021-01-05", "2021-02-01", "2026-01-31", terminated: "2021-04-15");

        Assert.Equal("2021-04-14 69 0/2/1", Run("department=69&from=2021-04-14&to=2021-04-14", period: "yyyy-MM-dd"));
        Assert.Equal("2021-04-15 69 0/2/0", Run("department=69&from=2021-04-15&to=2021-04-15", period: "yyyy-MM-dd"));
    }

    [Fact]
    public void ContractSignedButNotStarted_IsSignedButNotInForce()
    {
        // P signed on 15/01 and starts on 01/02: on 31/01 it is signed, not in force; on 01/02 it is.
        Assert.Equal("2021-01-31 75 0/1/0", Run("department=75&from=2021-01-31&to=2021-01-31", period: "yyyy-MM-dd"));
        Assert.Equal("2021-02-01 75 0/1/1", Run("department=75&from=2021-02-01&to=2021-02-01", period: "yyyy-MM-dd"));
    }

    [Fact]
    public void PeriodStartingMidMonth_CountsSignaturesFromItsFirstDay_AndItsFirstBucketStartsThere()
    {
        // From 16/01/2021: P, signed on the 15th, is before the period: signed to date, not signed in the first bucket.
        Assert.Equal("2021-01-16 FR 0/2/0 | 2021-02-01 FR 0/2/1", Run("from=2021-01-16&to=2021-02-28", period: "yyyy-MM-dd"));
        // Quarters are calendar quarters; the first one starts on the period's first day: 15/02 → 31/03 holds A's signature (10/03).
        Assert.Equal("2021-02-15 FR 1/3/1 | 2021-04-01 FR 0/3/2", Run("from=2021-02-15&to=2021-06-30&by=quarter", period: "yyyy-MM-dd"));
        // Years likewise: 2021 from 01/03 holds A and M; P (January) is before it.
        Assert.Equal("2021-03-01 FR 2/4/3", Run("from=2021-03-01&by=year", period: "yyyy-MM-dd"));
    }

    [Fact]
    public void Signers_CountBeneficiaries_ARenewalIsAContractButNotANewSigner()
    {
        // A renews: a second contract of the same centre, signed 02/11/2021.
        _db.Sql(Fixtures.Contract("AM-A2", "centre_sante", "010000024", "01", "2021-11-02", "2021-12-01", "2026-11-30"));

        var year = Assert.Single(ContractsOverTimeIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("from=2021-01-01&by=year")));

        // 2021: contracts P, A, M, A2 (4); new signers P, A, M (3); to date C, P, A, M, A2 (5 contracts) and C, P, A, M (4 signers).
        Assert.Equal((4L, 3L, 5L, 4L), (year.Signed, year.NewSigners, year.SignedToDate, year.SignersToDate));
    }

    [Fact]
    public void PeriodEndingMidMonth_CountsOnlyWhatHappenedByItsLastDay()
    {
        // To 09/03/2021: A signs on the 10th, after the end of the period; P is in force.
        Assert.Equal("2021-03 FR 0/2/1", Run("from=2021-03-01&to=2021-03-09"));
    }

    [Fact]
    public void ContractTerminatedOnTheLastDayOfAMonth_IsNoLongerInForceAtThatMonthsEnd()
    {
        Insert("AM-Q", "69", "2021-02-10", "2021-03-01", "2026-02-28", terminated: "2021-04-30");

        // Q, terminated on 30/04/2021, is in force at the end of March, not at the end of April.
        Assert.Equal("2021-03 69 0/2/1 | 2021-04 69 0/2/0", Run("department=69&from=2021-03-01&to=2021-04-30"));
    }

    [Fact]
    public void RegionalUser_IsRefusedOtherRegions()
    {
        Assert.Throws<ScopeAuthorizationException>(() => Run("region=11", UserScope.ForRegion("84")));
        // AURA on 31/03: C (terminated) and A (signed on the 10th, starting 01/04): none in force.
        Assert.Equal("2021-03 84 1/2/0", Run("region=84&from=2021-03-01&to=2021-03-31", UserScope.ForRegion("84")));
    }
}
