using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Integration;

/// <summary>The integration of recruits: tutor designated in the quarter, path completed in 12 months.</summary>
internal static class IntegrationCharts
{
    public static ChartDrawing<IntegrationRow> Tutors(ChartInput<IntegrationRow> input) =>
        IntegrationByEmployer(input, "Désignation du tuteur des praticiens-conseils recrutés",
            ("Dans le trimestre", r => r.TutorInQuarter), ("En retard", r => r.TutorLate),
            ("Sans tuteur, hors délai", r => r.TutorMissing), ("Sans tuteur, dans le délai", r => r.TutorPending));

    public static ChartDrawing<IntegrationRow> Paths(ChartInput<IntegrationRow> input) =>
        IntegrationByEmployer(input, "Parcours d'intégration des praticiens-conseils recrutés",
            ("Achevé en 12 mois", r => r.PathIn12Months), ("Achevé au-delà", r => r.PathLate),
            ("Non achevé, hors délai", r => r.PathOverdue), ("En cours", r => r.PathPending));

    /// <summary>The recruits of each employer, split into the stacked outcomes given.</summary>
    private static ChartDrawing<IntegrationRow> IntegrationByEmployer(ChartInput<IntegrationRow> input, string title, params (string Name, Func<IntegrationRow, long> Count)[] outcomes)
    {
        var rows = input.Rows;
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            outcomes.Select(o => new BarSeries(o.Name, rows.Select(r => (double)o.Count(r)).ToList())).ToList(), "Recrutés", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
        };
        return new(title, chart);
    }
}
