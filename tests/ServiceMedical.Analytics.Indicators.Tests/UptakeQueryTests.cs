using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Fixture, by hand. Snapshots 1 January 2021 (valid to 30 June) and 1 July 2021 (valid to today, 31 December 2021).
/// Centres A (Ain, 01), B and C (Rhône, 69) in Auvergne-Rhône-Alpes (84), P (Paris, 75) in Île-de-France (11);
/// médecin M (Ain).
///   S1: A, B, M, P eligible; C listed but not eligible.      S2: A, C, M, P eligible; B no longer listed.
/// Contracts: A signed 10/03/2021; P signed 15/01/2021; M signed 01/08/2021; C signed 01/06/2020, terminated 15/12/2020.
/// </summary>
public sealed class UptakeQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql("""
        INSERT INTO centres_sante (load_id, finess, raison_sociale, code_departement, type_centre) VALUES
            (1, '010000024', 'A', '01', 'polyvalent'), (1, '690000001', 'B', '69', 'medical'),
            (1, '690000002', 'C', '69', 'medical'), (1, '750000001', 'P', '75', 'polyvalent');
        INSERT INTO eligibilite (load_id, date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement, eligible) VALUES
            (2, DATE '2021-01-01', 'centre_sante', '010000024', '01', true),
            (2, DATE '2021-01-01', 'centre_sante', '690000001', '69', true),
            (2, DATE '2021-01-01', 'centre_sante', '690000002', '69', false),
            (2, DATE '2021-01-01', 'medecin_liberal', '10000000001', '01', true),
            (2, DATE '2021-01-01', 'centre_sante', '750000001', '75', true),
            (3, DATE '2021-07-01', 'centre_sante', '010000024', '01', true),
            (3, DATE '2021-07-01', 'centre_sante', '690000002', '69', true),
            (3, DATE '2021-07-01', 'medecin_liberal', '10000000001', '01', true),
            (3, DATE '2021-07-01', 'centre_sante', '750000001', '75', true);
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation) VALUES
            (4, 'AM-A', 'centre_sante', '010000024', '01', DATE '2021-03-10', DATE '2021-04-01', DATE '2026-04-01', 1, 3000, 10, 'en_cours', NULL),
            (4, 'AM-P', 'centre_sante', '750000001', '75', DATE '2021-01-15', DATE '2021-02-01', DATE '2026-02-01', 2, 5000, 8, 'en_cours', NULL),
            (4, 'AM-M', 'medecin_liberal', '10000000001', '01', DATE '2021-08-01', DATE '2021-09-01', DATE '2026-09-01', 1, 1500, 10, 'en_cours', NULL),
            (4, 'AM-C', 'centre_sante', '690000002', '69', DATE '2020-06-01', DATE '2020-07-01', DATE '2025-07-01', 1, 2000, 10, 'resilie', DATE '2020-12-15');
        """);

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<UptakeRow> Run(string query, UserScope? user = null) =>
        new UptakeQuery(_db.Connection, _db.Time).Run(user ?? UserScope.National, IndicatorFilter.Parse(query));

    private static string Show(IEnumerable<UptakeRow> rows) =>
        string.Join(" | ", rows.Select(r => $"{r.Snapshot:yyyy-MM-dd} {r.Zone} {r.Contracted}/{r.Eligible}"));

    [Fact]
    public void National_EachSnapshot_CountsContractsSignedByTheEndOfItsValidity()
    {
        // S1: A, B, M, P eligible; A (10/03) and P (15/01) signed by 30/06; M signs in August.
        // S2: A, C, M, P eligible; C's contract ended before the snapshot; M signed 01/08.
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
    public void ByMonth_IsRefused_UptakeIsPerSnapshot()
    {
        Assert.Throws<FilterException>(() => Run("by=month"));
    }
}
