using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Contracts of <see cref="Fixtures.CentresEligibilityContracts"/>: C (Rhône) signed 01/06/2020 and terminated
/// 15/12/2020; P (Paris) 15/01/2021; A (Ain) 10/03/2021; M (Ain) 01/08/2021. Today is 31/12/2021.
/// </summary>
public sealed class ContractsOverTimeQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts);

    public void Dispose() => _db.Dispose();

    private string Run(string query, UserScope? user = null) => string.Join(" | ",
        new ContractsOverTimeQuery(_db.Connection, _db.Time).Run(user ?? UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => $"{r.Period:yyyy-MM} {r.Zone} {r.Signed}/{r.SignedToDate}/{r.InForce}"));

    [Fact]
    public void ByMonth_SignedThatMonth_SignedToDate_InForceAtMonthEnd()
    {
        // January: P signs; C (terminated in December 2020) counts as signed but no longer in force.
        Assert.Equal("2021-01 FR 1/2/1 | 2021-02 FR 0/2/1 | 2021-03 FR 1/3/2", Run("from=2021-01-01&to=2021-03-31"));
    }

    [Fact]
    public void ByQuarter_SumsSignaturesAndKeepsTheQuarterEndFigures()
    {
        Assert.Equal("2021-01 FR 2/3/2 | 2021-04 FR 0/3/2 | 2021-07 FR 1/4/3 | 2021-10 FR 0/4/3", Run("from=2021-01-01&by=quarter"));
    }

    [Fact]
    public void DepartmentBreakdown_InARegion()
    {
        Assert.Equal("2021-07 01 0/1/1 | 2021-07 69 0/1/0 | 2021-08 01 1/2/2 | 2021-08 69 0/1/0",
            Run("region=84&by=department&from=2021-07-01&to=2021-08-31"));
    }

    [Fact]
    public void MedecinsOnly_StartFromTheirFirstSignature()
    {
        Assert.Equal("2021-08 FR 1/1/1 | 2021-09 FR 0/1/1", Run("beneficiary=medecin_liberal&to=2021-09-30"));
    }

    [Fact]
    public void PeriodEndingMidMonth_CountsOnlyWhatHappenedByItsLastDay()
    {
        // To 09/03/2021: A signs on the 10th, after the end of the period.
        Assert.Equal("2021-03 FR 0/2/1", Run("from=2021-03-01&to=2021-03-09"));
    }

    [Fact]
    public void ContractTerminatedOnTheLastDayOfAMonth_IsNoLongerInForceAtThatMonthsEnd()
    {
        _db.Sql("""
            INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
                date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation)
            VALUES (9, 'AM-Q', 'centre_sante', '690000001', '69', DATE '2021-02-10', DATE '2021-03-01', DATE '2026-03-01', 1, 1000, 10, 'resilie', DATE '2021-04-30');
            """);

        // Q, terminated on 30/04/2021, is in force at the end of March, not at the end of April.
        Assert.Equal("2021-03 69 0/2/1 | 2021-04 69 0/2/0", Run("department=69&from=2021-03-01&to=2021-04-30"));
    }

    [Fact]
    public void RegionalUser_IsRefusedOtherRegions()
    {
        Assert.Throws<ScopeAuthorizationException>(() => Run("region=11", UserScope.ForRegion("84")));
        Assert.Equal("2021-03 84 1/2/1", Run("region=84&from=2021-03-01&to=2021-03-31", UserScope.ForRegion("84")));
    }
}
