using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.RecruitmentDelays;

/// <summary>The median delays of recruitment, step by step.</summary>
internal static class RecruitmentDelayChart
{
    /// <summary>The median columns drawn, one a step.</summary>
    public const string ToDecision = "Clôture → décision, médiane (jours)", ToPublication = "Décision → publication, médiane", ToStart = "Publication → prise de fonctions, médiane";

    public static ChartDrawing<RecruitmentDelayRow> Draw(ChartInput<RecruitmentDelayRow> input)
    {
        var rows = input.Rows;
        var chart = new BarChart(rows.Select(r => $"{CodeLabels.Of(r.Profession)} – {CodeLabels.Of(r.Employer)}").ToList(),
            [
                new BarSeries("Clôture → décision", rows.Select(r => input.Published([r], ToDecision, r.DecisionMedian ?? 0)).ToList()),
                new BarSeries("Décision → publication", rows.Select(r => input.Published([r], ToPublication, r.PublicationMedian ?? 0)).ToList()),
                new BarSeries("Publication → prise de fonctions", rows.Select(r => input.Published([r], ToStart, r.StartMedian ?? 0)).ToList()),
            ], "Jours (médiane)", ChartStyle.Days)
        {
            Stacked = true,
            Horizontal = true,
        };
        return new("Délais médians de recrutement, étape par étape", chart);
    }
}
