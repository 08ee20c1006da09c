using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.JuryCompliance;

/// <summary>The compliance of interview juries, rule by rule.</summary>
internal static class JuryComplianceChart
{
    private const string Interviews = "Entretiens";

    public static ChartDrawing<JuryComplianceRow> Draw(ChartInput<JuryComplianceRow> input)
    {
        var rows = input.Rows;
        // Each share rests on two counts: left out of an export's image where it masks either.
        double Share(JuryComplianceRow row, string part, long count, string of, long whole) =>
            input.IsSecret([row], part) || input.IsSecret([row], of) ? double.NaN : ChartStyle.Share(count, whole);
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            [
                new BarSeries("Jury complet", rows.Select(r => Share(r, "Jury complet", r.CompleteJury, Interviews, r.Interviews)).ToList()),
                new BarSeries("Durée de 45 minutes", rows.Select(r => Share(r, "Durée de 45 minutes", r.FortyFiveMinutes, Interviews, r.Interviews)).ToList()),
                new BarSeries("Membre ARS présent (postes ARS)", rows.Select(r => Share(r, "Membre ARS présent", r.ArsMemberPresent, "Entretiens pour l'ARS", r.ArsInterviews)).ToList()),
                new BarSeries("Entretiens conformes", rows.Select(r => Share(r, "Conformes", r.Compliant, Interviews, r.Interviews)).ToList()),
            ], "Part des entretiens", ChartStyle.Percent);
        return new("Conformité des jurys d'entretien", chart);
    }
}
