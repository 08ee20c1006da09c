using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

public sealed class FilterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("region=84")]
    [InlineData("department=2A")]
    [InlineData("department=69&from=2021-01-01&to=2021-12-31&by=month&beneficiary=centre_sante&centreType=polyvalent")]
    [InlineData("region=11&by=department&profession=medecin_conseil&employer=ars")]
    [InlineData("from=2019-07-01&by=region")]
    public void QueryString_RoundTrip_IsLossless(string query)
    {
        var filter = IndicatorFilter.Parse(query);

        Assert.Equal(query, filter.ToQueryString());
        Assert.Equal(filter, IndicatorFilter.Parse(filter.ToQueryString()));
    }

    [Fact]
    public void QueryString_FrenchDatesAndLeadingQuestionMark_AreRead_ThenWrittenCanonically()
    {
        var filter = IndicatorFilter.Parse("?to=31%2F05%2F2021&region=84&from=01/05/2021");

        Assert.Equal(new DateOnly(2021, 5, 1), filter.From);
        Assert.Equal("region=84&from=2021-05-01&to=2021-05-31", filter.ToQueryString());
    }

    [Fact]
    public void Department_CarriesItsRegion()
    {
        var filter = IndicatorFilter.Parse("department=69");

        Assert.Equal(("84", "69"), (filter.Geography.Region, filter.Geography.Department));
    }

    [Theory]
    [InlineData("region=99", "région inconnue : « 99 »")]
    [InlineData("department=20", "département inconnu : « 20 »")]
    [InlineData("region=11&department=69", "le département 69 n'est pas dans la région 11")]
    [InlineData("from=2021-13-01", "date illisible pour « from » : « 2021-13-01 »")]
    [InlineData("from=2021-06-01&to=2021-05-01", "période vide")]
    [InlineData("by=week", "découpage inconnu : « week »")]
    [InlineData("beneficiary=pharmacie", "type de bénéficiaire inconnu : « pharmacie »")]
    [InlineData("colour=red", "paramètre de filtre inconnu : « colour »")]
    [InlineData("region=84&region=11", "paramètre de filtre répété : « region »")]
    public void BadQueryString_IsRefused_SayingWhy(string query, string message)
    {
        var error = Assert.Throws<FilterException>(() => IndicatorFilter.Parse(query));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("region=84", true)]
    [InlineData("department=01", true)]
    [InlineData("region=11", false)]
    [InlineData("department=75", false)]
    public void RegionalUser_SeesOnlyTheirRegion(string query, bool allowed)
    {
        var user = UserScope.ForRegion("84");
        var filter = IndicatorFilter.Parse(query);

        if (allowed)
        {
            Assert.Same(filter, user.Authorize(filter));
        }
        else
        {
            var error = Assert.Throws<ScopeAuthorizationException>(() => user.Authorize(filter));
            Assert.StartsWith("accès refusé : votre périmètre est la région 84", error.Message, StringComparison.Ordinal);
        }
    }
}
