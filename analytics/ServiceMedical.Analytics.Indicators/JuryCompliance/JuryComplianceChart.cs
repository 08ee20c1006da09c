using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.JuryCompliance;

/// <summary>The compliance of interview juries, rule by rule.</summary>
internal static class JuryComplianceChart
{
    public static ChartDrawing<JuryComplianceRow> Draw(ChartInput<JuryComplianceRow> input)
    {
        var rows = input.Rows;
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            [
                new BarSeries("Jury complet", rows.Select(r => ChartStyle.Share(r.CompleteJury, r.Interviews)).ToList()),
                new BarSeries("Durée de 45 minutes", rows.Select(r => ChartStyle.Share(r.FortyFiveMinutes, r.Interviews)).ToList()),
                new BarSeries("Membre ARS présent (postes ARS)", rows.Select(r => ChartStyle.Share(r.ArsMemberPresent, r.ArsInterviews)).ToList()),
                new BarSeries("Entretiens conformes", rows.Select(r => r.ComplianceRate ?? 0).ToList()),
            ], "Part des entretiens", ChartStyle.Percent);
        return new("Conformité des jurys d'entretien", chart);
    }
}
