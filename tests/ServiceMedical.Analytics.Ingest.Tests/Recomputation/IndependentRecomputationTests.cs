using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Tests.Recomputation;

/// <summary>
/// Every period indicator of the national demo, as the product computes it (SQL on the loaded database), against the
/// same figures recomputed in C# from the raw extract files following docs/indicators.md: the written definitions and
/// the date rules, for the default period, a past year, the whole history, a region by department and one population.
/// </summary>
[Collection(NationalDemoGroup.Name)]
public sealed class IndependentRecomputationTests(DemoDataTests.NationalDemo demo)
{
    private static readonly DateOnly s_horizon = new(2026, 11, 30);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string[] geographic = ["adhesion", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp"];
        string[] regional = ["recrutement-flux", "recrutement-delais", "jurys", "integration"];
        string[] periods = ["from=2025-12-01&to=2026-11-30", "from=2022-01-01&to=2022-12-31", "", "from=2024-03-15&to=2024-09-10"];
        foreach (var period in periods)
        {
            foreach (var indicator in geographic)
            {
                data.Add(indicator, Join("by=region", period));
                data.Add(indicator, Join("region=84&by=department", period));
            }

            foreach (var indicator in regional)
            {
                data.Add(indicator, Join("by=region&employer=ars", period));
                data.Add(indicator, Join("region=84", period));
            }

            data.Add("contrats", Join("by=month", period.Length == 0 ? "from=2019-01-01" : period));
            data.Add("contrats", Join("department=69&by=month", period.Length == 0 ? "from=2019-01-01" : period));
        }

        data.Add("adhesion", "region=84&beneficiary=centre_sante&from=2021-05-01&to=2021-05-25");
        data.Add("atteinte-objectifs", "beneficiary=medecin_liberal");
        data.Add("contrats", "beneficiary=centre_sante&by=month&from=2024-01-01&to=2024-12-31");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheProductsFigures_MatchAnIndependentRecomputationFromTheRawFiles(string indicator, string query)
    {
        var filter = IndicatorFilter.Parse(query);
        var horizon = DataHorizon.Read(demo.Database.Connection);
        Assert.Equal(s_horizon, horizon.Of(IndicatorCatalog.Get(indicator).Datasets));

        var table = IndicatorCatalog.Get(indicator).Run(demo.Database.Connection, horizon, UserScope.National, filter);
        var expected = Recomputed(indicator, Ask(filter));

        Assert.NotEmpty(expected);
        Assert.Equal(Normalised(expected), Normalised(table.Rows));
    }

    private List<object?[]> Recomputed(string indicator, Ask ask)
    {
        var recompute = demo.Recompute;
        return indicator switch
        {
            "adhesion" => recompute.Uptake(ask),
            "contrats" => recompute.ContractsByMonth(ask),
            "atteinte-objectifs" => recompute.Attainment(ask),
            "conversion-accompagnement" => recompute.Conversion(ask),
            "delai-signature" => recompute.TimeToSignature(ask),
            "formation-cqp" => recompute.Training(ask),
            "recrutement-flux" => recompute.RecruitmentFlow(ask),
            "recrutement-delais" => recompute.RecruitmentDelays(ask),
            "jurys" => recompute.Juries(ask),
            "integration" => recompute.Integration(ask),
            _ => throw new ArgumentException(indicator, nameof(indicator)),
        };
    }

    /// <summary>The ask in the recomputation's terms: an open end is the data horizon (every extract is dated 30/11/2026).</summary>
    private static Ask Ask(IndicatorFilter filter) => new(
        filter.Geography.Region, filter.Geography.Department,
        filter.By switch { Breakdown.Region => "region", Breakdown.Department => "department", Breakdown.None => "none", _ => "month" },
        filter.From, filter.To ?? s_horizon, filter.BeneficiaryType, filter.Employer);

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a}&{b}";

    /// <summary>Rows as comparable text, sorted: numbers to 6 decimals (means and interpolated quantiles), dates ISO.</summary>
    private static List<string> Normalised(IEnumerable<IReadOnlyList<object?>> rows) =>
        [.. rows.Select(r => string.Join(" | ", r.Select(Cell))).Order(StringComparer.Ordinal)];

    private static string Cell(object? value) => value switch
    {
        null => "∅",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => Math.Round(x, 6).ToString("0.######", CultureInfo.InvariantCulture),
        float x => Math.Round(x, 6).ToString("0.######", CultureInfo.InvariantCulture),
        decimal x => Math.Round(x, 6).ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
