using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.FinancialAid;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Data extracted on 31/12/2023. Aid per full-time assistant: 36 000 € in contract year 1, 27 000 € in year 2, 21 000 € from
/// year 3, committed on the first day of each contract year the contract is in force.
///   C (centre, Rhône, 2 ETP): signed 01/12/2019 — before avenant 3, so its schedule is the earliest one — started 01/01/2020:
///     2020: 72 000; 2021: 54 000; 2022: 42 000; 2023: 42 000 (year 4 at the year-3 amount).
///   A (centre, Ain, 1 ETP): signed 01/03/2021, started 01/04/2021: 2021: 36 000; 2022: 27 000; 2023: 21 000.
///   M (médecin, Paris, 0,5 ETP): signed 10/01/2022, started 01/02/2022, terminated 15/01/2023: 2022: 18 000; its year 2
///     would start on 01/02/2023, after the termination: nothing.
/// </summary>
public sealed class FinancialAidQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2023, 12, 31)).Sql("""
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation) VALUES
            (9, 'C', 'centre_sante', '690000003', '69', DATE '2019-12-01', DATE '2020-01-01', DATE '2024-12-31', 2, 1000, 10, 'en_cours', NULL),
            (9, 'A', 'centre_sante', '010000001', '01', DATE '2021-03-01', DATE '2021-04-01', DATE '2026-03-31', 1, 1000, 10, 'en_cours', NULL),
            (9, 'M', 'medecin_liberal', '10000000001', '75', DATE '2022-01-10', DATE '2022-02-01', DATE '2027-01-31', 0.5, 1000, 10, 'resilie', DATE '2023-01-15');
        """);

    public void Dispose() => _db.Dispose();

    private string Run(string query, UserScope? user = null) => string.Join(" | ",
        FinancialAidIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => FormattableString.Invariant($"{r.Year} {r.Zone} {r.BeneficiaryType} {r.ContractYears} {r.FullTimeEquivalents} {r.Aid}")));

    [Fact]
    public void National_EachContractYearCommittedOnItsFirstDay_AtTheScheduleOfItsType()
    {
        Assert.Equal(
            "2020 FR centre_sante 1 2 72000 | 2021 FR centre_sante 2 3 90000 | 2022 FR centre_sante 2 3 69000 | 2022 FR medecin_liberal 1 0.5 18000 | " +
            "2023 FR centre_sante 2 3 63000", Run(""));
    }

    [Fact]
    public void AYearAfterTheTermination_CommitsNothing_AndThePeriodKeepsTheYearsStartedInIt()
    {
        Assert.Equal("2022 FR centre_sante 2 3 69000 | 2022 FR medecin_liberal 1 0.5 18000", Run("from=2022-01-01&to=2022-12-31"));
        // The médecin's year 2 would have started on 01/02/2023, after its termination on 15/01/2023.
        Assert.Equal("2023 FR centre_sante 2 3 63000", Run("from=2023-01-01&to=2023-12-31"));
    }

    [Fact]
    public void ByRegion_AndForARegionalDirector_OnlyTheirRegion()
    {
        Assert.Equal("2022 11 medecin_liberal 1 0.5 18000 | 2022 84 centre_sante 2 3 69000", Run("from=2022-01-01&to=2022-12-31&by=region"));
        Assert.Equal("2021 84 centre_sante 2 3 90000", Run("region=84&from=2021-01-01&to=2021-12-31", UserScope.ForRegion("84")));
        Assert.Equal("", Run("region=84&beneficiary=medecin_liberal"));
        Assert.Throws<ScopeAuthorizationException>(() => Run("region=11", UserScope.ForRegion("84")));
    }
}
