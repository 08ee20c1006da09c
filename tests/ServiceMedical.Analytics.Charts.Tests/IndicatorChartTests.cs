using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.FinancialAid;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Integration;
using ServiceMedical.Analytics.Indicators.RecruitmentFlow;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Charts.Tests;

/// <summary>An indicator's chart is a function of its rows: given rows, its title, its table's rows and its SVG, with no database.</summary>
public sealed partial class IndicatorChartTests
{
    [Fact]
    public void UptakeByZone_KeepsTheLastSnapshot_BestFirst_EachBarLinkingToItsZone()
    {
        UptakeRow Row(string snapshot, string zone, string name, long eligible, long contracted) => new()
        {
            Snapshot = DateOnly.Parse(snapshot, System.Globalization.CultureInfo.InvariantCulture), MeasuredOn = new DateOnly(2021, 12, 31),
            Zone = zone, ZoneName = name, Eligible = eligible, Contracted = contracted,
        };
        var rows = new[]
        {
            Row("2021-01-01", "11", "Île-de-France", 10, 9), Row("2021-07-01", "11", "Île-de-France", 40, 2), Row("2021-07-01", "84", "Auvergne-Rhône-Alpes", 25, 5),
        };

        var drawing = UptakeCharts.ByZone(new ChartInput<UptakeRow>(rows, IndicatorFilter.National with { By = Breakdown.Region }, zone => $"?region={zone}"));
        var svg = ChartKindTests.Render(drawing.Chart);

        Assert.Equal("Taux d'adhésion par région au 31/12/2021", drawing.Title);
        // The table beside the chart lists the bars' rows: the last snapshot only.
        Assert.Equal(["84", "11"], drawing.Shown!.Select(r => r.Zone));
        Assert.Equal(["Auvergne-Rhône-Alpes : 20,0\u00A0%", "Île-de-France : 5,0\u00A0%"], ChartKindTests.Titles(svg).Select(t => t.Replace(" %", "\u00A0%", StringComparison.Ordinal)));
        Assert.Equal(["?region=84", "?region=11"], ChartKindTests.Links(svg));
    }

    [Fact]
    public void FillRateByCampaign_NamesEachCampaignByItsMonth_AndGivesEachEmployerItsShare()
    {
        RecruitmentFlowRow Row(string campaign, string employer, long posts, long filled) => new() { Campaign = campaign, Employer = employer, Posts = posts, Filled = filled, Zone = "FR", ZoneName = "France" };
        var rows = new[] { Row("2026-05", "ars", 4, 1), Row("2026-01", "ars", 2, 2), Row("2026-01", "assurance_maladie", 5, 2), Row("2026-10", "assurance_maladie", 0, 0) };

        var drawing = RecruitmentFlowCharts.FillRateByCampaign(new ChartInput<RecruitmentFlowRow>(rows, IndicatorFilter.National));

        var chart = Assert.IsType<BarChart>(drawing.Chart);
        Assert.Equal(["janvier 2026", "mai 2026", "octobre 2026"], chart.Categories);
        Assert.Equal([1.0, 0.25, 0], chart.Series[0].Values);
        Assert.Equal([0.4, 0, 0], chart.Series[1].Values);
        // A code that is not a month is shown as it is rather than hidden.
        Assert.Equal("campagne spéciale", RecruitmentFlowCharts.CampaignName("campagne spéciale"));
    }

    /// <summary>Done is green, under way blue, late vermilion, out of time and not done wine: late is never drawn green.</summary>
    [Fact]
    public void IntegrationOutcomes_AreColouredByWhatTheyMean_NotByTheirPlace()
    {
        var rows = new[] { new IntegrationRow { Employer = "ars", Zone = "FR", ZoneName = "France", Recruits = 4, TutorInQuarter = 1, TutorLate = 1, TutorMissing = 1, TutorPending = 1 } };

        var svg = ChartKindTests.Render(IntegrationCharts.Tutors(new ChartInput<IntegrationRow>(rows, IndicatorFilter.National)).Chart);

        // The four stacked parts, in the order of their outcomes.
        Assert.Equal(["#009E73", "#D55E00", "#882255", "#0072B2"], [.. BarFill().Matches(svg).Select(m => Long(m.Groups[1].Value)).Take(4)]);
    }

    /// <summary>A colour as written in full: Skia shortens #882255 to #825.</summary>
    private static string Long(string color) =>
        (color.Length == 4 ? string.Concat("#", string.Concat(color[1..].Select(c => $"{c}{c}"))) : color).ToUpperInvariant();

    [System.Text.RegularExpressions.GeneratedRegex("<rect fill=\"(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6})\" x=")]
    private static partial System.Text.RegularExpressions.Regex BarFill();

    [Fact]
    public void FinancialAid_StacksEachTypeOfBeneficiaryByYear_InEuros()
    {
        FinancialAidRow Row(int year, string type, double aid) => new() { Year = year, Zone = "FR", ZoneName = "France", BeneficiaryType = type, Aid = aid };
        var rows = new[] { Row(2022, "centre_sante", 69000), Row(2022, "medecin_liberal", 18000), Row(2023, "centre_sante", 63000) };

        var drawing = FinancialAidIndicator.Draw(new ChartInput<FinancialAidRow>(rows, IndicatorFilter.National));
        var titles = ChartKindTests.Titles(ChartKindTests.Render(drawing.Chart)).Select(t => t.Replace('\u202F', ' ').Replace('\u00A0', ' ')).ToList();

        Assert.Equal(["2022 — Centres de santé : 69 000 €", "2023 — Centres de santé : 63 000 €", "2022 — Médecins libéraux : 18 000 €"], titles);
        Assert.Null(drawing.Shown);
    }
}
