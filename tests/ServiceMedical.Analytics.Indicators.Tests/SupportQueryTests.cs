using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.SupportConversion;
using ServiceMedical.Analytics.Indicators.TimeToSignature;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// <see cref="Fixtures.CentresEligibilityContracts"/> plus support actions, by hand:
/// A: mailing 20/01/2021, délégué's visit 01/02/2021, signed 10/03/2021 (49 days after the first contact).
/// B: visit 15/02/2021, never signed. M: webinar 04/05/2021, signed 01/08/2021 (89 days).
/// P: signed 15/01/2021, mailing 01/03/2021 (after signing: not a conversion). C: no action.
/// </summary>
public sealed class SupportQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts).Sql("""
        INSERT INTO actions_accompagnement (load_id, identifiant_action, type_action, date_action, code_departement, type_beneficiaire, identifiant_beneficiaire, identifiant_delegue) VALUES
            (5, 'X1', 'mailing', DATE '2021-01-20', '01', 'centre_sante', '010000024', NULL),
            (5, 'X2', 'visite_delegue', DATE '2021-02-01', '01', 'centre_sante', '010000024', 'DAM-000001'),
            (5, 'X3', 'visite_delegue', DATE '2021-02-15', '69', 'centre_sante', '690000001', 'DAM-000002'),
            (5, 'X4', 'webinaire', DATE '2021-05-04', '01', 'medecin_liberal', '10000000001', NULL),
            (5, 'X5', 'mailing', DATE '2021-03-01', '75', 'centre_sante', '750000001', NULL);
        """);

    public void Dispose() => _db.Dispose();

    private string Conversion(string query, UserScope? user = null) => string.Join(" | ",
        SupportConversionIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => $"{r.ActionType} {r.Zone} {r.Signed}/{r.Reached}"));

    private string Delays(string query) => string.Join(" | ",
        TimeToSignatureIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => $"{r.Zone} {r.BeneficiaryType} {r.WithContact}/{r.Contracts} {r.MedianDays}/{r.P90Days}"));

    [Fact]
    public void Conversion_CountsSignaturesAfterTheFirstActionOfEachType()
    {
        Assert.Equal("mailing FR 1/2 | visite_delegue FR 1/2 | webinaire FR 1/1", Conversion(""));
        Assert.Equal("mailing 84 1/1 | visite_delegue 84 1/2 | webinaire 84 1/1", Conversion("region=84"));
        Assert.Equal("visite_delegue 01 1/1 | visite_delegue 69 0/1", Conversion("region=84&by=department&beneficiary=centre_sante&from=2021-02-01"));
    }

    [Fact]
    public void Conversion_AsOfTheEndOfThePeriod()
    {
        // By 28/02/2021 A had been reached but had not signed yet.
        Assert.Equal("mailing FR 0/1 | visite_delegue FR 0/2", Conversion("to=2021-02-28"));
    }

    [Fact]
    public void TimeToSignature_FromFirstContact_ContractsWithoutContactCountedApart()
    {
        // Centres: A 49 days; P and C signed with no contact before. Médecin M: 89 days.
        Assert.Equal("FR centre_sante 1/3 49/49 | FR medecin_liberal 1/1 89/89", Delays(""));
        Assert.Equal("FR centre_sante 1/2 49/49", Delays("from=2021-01-01&to=2021-06-30&beneficiary=centre_sante"));
    }

    [Fact]
    public void RegionalUser_IsRefusedTheNation()
    {
        Assert.Throws<ScopeAuthorizationException>(() => Conversion("", UserScope.ForRegion("84")));
    }
}
