using System.Globalization;
using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Charts.Maps;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.RecruitmentFlow;

/// <summary>The recruitment flow: from posts opened to posts taken up, and the fill rate by campaign and by region.</summary>
internal static class RecruitmentFlowCharts
{
    public static ChartDrawing<RecruitmentFlowRow> Flow(ChartInput<RecruitmentFlowRow> input)
    {
        var rows = input.Rows;
        // Two units, never added up: applications, and posts. Each stage is one bar, coloured by its unit; a stage an
        // export masks is left out of its image (its column in the table).
        (string Stage, bool Posts, string Column, Func<RecruitmentFlowRow, long> Count)[] stages =
        [
            ("Postes ouverts", true, "Postes ouverts", r => r.Posts), ("Candidatures", false, "Candidatures", r => r.Applications),
            ("Candidatures recevables", false, "Candidatures recevables", r => r.Admissible),
            ("Candidatures auditionnées", false, "Candidatures auditionnées", r => r.Interviewed),
            ("Postes avec un candidat retenu", true, "Postes avec un candidat retenu", r => r.Retained),
            ("Postes pourvus (nomination)", true, "Postes pourvus (nomination publiée)", r => r.Filled),
            ("Lauréats ayant pris leur poste", true, "Postes dont le lauréat a pris son poste", r => r.Started),
            ("Lauréats n'ayant pas pris leur poste", true, "Postes dont le lauréat n'a pas pris son poste", r => r.Declined),
        ];
        double Sum((string Stage, bool Posts, string Column, Func<RecruitmentFlowRow, long> Count) stage) => input.Published(rows, stage.Column, rows.Sum(stage.Count));
        var chart = new BarChart(stages.Select(s => s.Stage).ToList(),
            [
                new BarSeries("Postes", stages.Select(s => s.Posts ? Sum(s) : 0).ToList()),
                new BarSeries("Candidatures", stages.Select(s => s.Posts ? 0 : Sum(s)).ToList()),
            ], "Nombre", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
        };
        return new("Postes et candidatures, de l'offre à la prise de poste", chart);
    }

    /// <summary>The rows whose fill rate is final: a campaign under way would read as posts left empty.</summary>
    private static List<RecruitmentFlowRow> Closed(ChartInput<RecruitmentFlowRow> input) => [.. input.Rows.Where(r => !r.CampaignUnderWay)];

    public static ChartDrawing<RecruitmentFlowRow> FillRateByCampaign(ChartInput<RecruitmentFlowRow> input)
    {
        var rows = Closed(input);
        var campaigns = rows.Select(r => r.Campaign).Distinct().Order(StringComparer.Ordinal).ToList();
        var series = rows.GroupBy(r => r.Employer).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarSeries(CodeLabels.Of(g.Key), campaigns.Select(c => FillRate(input, [.. g.Where(r => r.Campaign == c)])).ToList()))
            .ToList();
        var chart = new BarChart([.. campaigns.Select(CampaignName)], series, "Taux de pourvoi", ChartStyle.Percent);
        return new("Taux de pourvoi des campagnes closes, par employeur", chart);
    }

    /// <summary>The fill rate of each region on a map; a region that opened no post has no rate (« sans donnée »).</summary>
    public static ChartDrawing<RecruitmentFlowRow> FillRateMap(ChartInput<RecruitmentFlowRow> input)
    {
        var values = Closed(input).GroupBy(r => r.Zone)
            .Select(g => new MapValue(g.Key, g.Sum(r => r.Posts) == 0 ? null : FillRate(input, [.. g]), input.LinkOf(g.Key)))
            .ToList();
        return new("Carte du taux de pourvoi des campagnes closes, par région", new MapChart(ZoneMap.AreasOf(input.Filter), values, ChartStyle.Percent));
    }

    public static ChartDrawing<RecruitmentFlowRow> FillRateByRegion(ChartInput<RecruitmentFlowRow> input)
    {
        var rows = Closed(input);
        var zones = rows.GroupBy(r => (r.Zone, r.ZoneName))
            .Select(g => (g.Key.Zone, g.Key.ZoneName, Rate: FillRate(input, [.. g])))
            .OrderByDescending(z => double.IsNaN(z.Rate) ? -1 : z.Rate).ToList();
        var chart = new BarChart(zones.Select(z => z.ZoneName).ToList(), [new BarSeries("Taux de pourvoi", zones.Select(z => z.Rate).ToList())], "Taux de pourvoi", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = zones.Select(z => input.LinkOf(z.Zone)).ToList(),
        };
        return new("Taux de pourvoi des campagnes closes, par région", chart);
    }

    /// <summary>The fill rate of <paramref name="rows"/> together (posts filled of posts opened), or NaN where the export masks it.</summary>
    private static double FillRate(ChartInput<RecruitmentFlowRow> input, IReadOnlyList<RecruitmentFlowRow> rows) =>
        input.Published(rows, RecruitmentFlowIndicator.FillRate, ChartStyle.Share(rows.Sum(r => r.Filled), rows.Sum(r => r.Posts)));

    /// <summary>A campaign as people name it, « janvier 2026 », from its code « 2026-01 » (an unexpected code stays as it is).</summary>
    internal static string CampaignName(string code) =>
        DateOnly.TryParseExact(code + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", ChartStyle.French)
            : code;
}
