using ServiceMedical.Analytics.Indicators.Attainment;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Today is 31/12/2023. By hand:
/// K1 médecin (Ain), signed 10/12/2020, from 01/01/2021, reference 1 000, objective +10 % → target 1 100.
///    Year 1 (2021): 12 months at 1 150 → at objective, attainment (1 150 − 1 000) / 100 = 1.5.
///    Year 2 (2022): 12 months at 1 050 → not at objective, attainment 0.5. Year 3 (2023): no measure → not measured.
/// K2 centre (Ain), signed 01/12/2020, from 01/01/2021, terminated 15/06/2022 (in year 2): year 1 has 5 measured
///    months only → not measured; year 2 is not assessed (terminated before its end).
/// K3 médecin (Paris), signed 15/12/2021, from 01/01/2022, reference 500, objective +20 % → target 600.
///    Year 1 (2022): 6 months at exactly 600 → at objective, attainment 1.0. Year 2 (2023): no measure → not measured.
/// </summary>
public sealed class AttainmentQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2023, 12, 31)).Sql("""
        INSERT INTO centres_sante (load_id, finess, raison_sociale, code_departement) VALUES (1, '010000024', 'A', '01');
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation) VALUES
            (2, 'K1', 'medecin_liberal', '10000000001', '01', DATE '2020-12-10', DATE '2021-01-01', DATE '2026-01-01', 1, 1000, 10, 'en_cours', NULL),
            (2, 'K2', 'centre_sante', '010000024', '01', DATE '2020-12-01', DATE '2021-01-01', DATE '2026-01-01', 2, 2000, 5, 'resilie', DATE '2022-06-15'),
            (2, 'K3', 'medecin_liberal', '10000000002', '75', DATE '2021-12-15', DATE '2022-01-01', DATE '2027-01-01', 1, 500, 20, 'en_cours', NULL);
        INSERT INTO activite_mesuree (load_id, type_beneficiaire, identifiant_beneficiaire, mois, file_active)
            SELECT 3, 'medecin_liberal', '10000000001', CAST(m AS DATE), CASE WHEN year(m) = 2021 THEN 1150 ELSE 1050 END
            FROM range(DATE '2021-01-01', DATE '2023-01-01', INTERVAL 1 MONTH) t(m);
        INSERT INTO activite_mesuree (load_id, type_beneficiaire, identifiant_beneficiaire, mois, file_active)
            SELECT 3, 'centre_sante', '010000024', CAST(m AS DATE), 2200 FROM range(DATE '2021-01-01', DATE '2021-06-01', INTERVAL 1 MONTH) t(m);
        INSERT INTO activite_mesuree (load_id, type_beneficiaire, identifiant_beneficiaire, mois, file_active)
            SELECT 3, 'medecin_liberal', '10000000002', CAST(m AS DATE), 600 FROM range(DATE '2022-01-01', DATE '2022-07-01', INTERVAL 1 MONTH) t(m);
        """);

    public void Dispose() => _db.Dispose();

    private string Run(string query, UserScope? user = null) => string.Join(" | ",
        AttainmentIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query)).Select(r =>
            $"{r.Zone} {r.BeneficiaryType} {r.Cohort} y{r.ContractYear}: {r.AtObjective}/{r.Measured} nm{r.NotMeasured} " +
            $"[{r.BelowHalf},{r.HalfToFull},{r.FullTo150},{r.Above150}] {r.MedianAttainment?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));

    [Fact]
    public void National_EveryAssessedContractYear_WithBucketsAndMedian()
    {
        Assert.Equal(
            "FR centre_sante 2020 y1: 0/0 nm1 [0,0,0,0] - | " +
            "FR medecin_liberal 2020 y1: 1/1 nm0 [0,0,0,1] 1.5 | " +
            "FR medecin_liberal 2020 y2: 0/1 nm0 [0,1,0,0] 0.5 | " +
            "FR medecin_liberal 2020 y3: 0/0 nm1 [0,0,0,0] - | " +
            "FR medecin_liberal 2021 y1: 1/1 nm0 [0,0,1,0] 1 | " +
            "FR medecin_liberal 2021 y2: 0/0 nm1 [0,0,0,0] -",
            Run(""));
    }

    [Fact]
    public void Period_KeepsTheYearsWhoseLastDayFallsInIt()
    {
        // Last day in 2022: K1 year 2 and K3 year 1 (31/12/2022). K1 and K2 year 1 ended 31/12/2021.
        Assert.Equal("FR medecin_liberal 2020 y2: 0/1 nm0 [0,1,0,0] 0.5 | FR medecin_liberal 2021 y1: 1/1 nm0 [0,0,1,0] 1",
            Run("from=2022-01-01&to=2022-12-31"));
        // As of 30/06/2022 only the years of 2021 are over.
        Assert.Equal("FR centre_sante 2020 y1: 0/0 nm1 [0,0,0,0] - | FR medecin_liberal 2020 y1: 1/1 nm0 [0,0,0,1] 1.5",
            Run("to=2022-06-30"));
    }

    [Fact]
    public void ByRegion_AndRegionalUser()
    {
        Assert.Equal("11 medecin_liberal 2021 y1: 1/1 nm0 [0,0,1,0] 1 | 11 medecin_liberal 2021 y2: 0/0 nm1 [0,0,0,0] -",
            Run("region=11"));
        Assert.Throws<ScopeAuthorizationException>(() => Run("by=region", UserScope.ForRegion("11")));
    }

    [Fact]
    public void ShareAtObjective_IsNullWithoutAssessedYears()
    {
        var rows = AttainmentIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("beneficiary=centre_sante"));

        Assert.Null(Assert.Single(rows).ShareAtObjective);
    }
}
