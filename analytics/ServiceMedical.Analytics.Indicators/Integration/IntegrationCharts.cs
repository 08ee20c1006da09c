using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Integration;

/// <summary>The integration of recruits: tutor designated in the quarter, path completed in 12 months.</summary>
internal static class IntegrationCharts
{
    public static ChartDrawing<IntegrationRow> Tutors(ChartInput<IntegrationRow> input) =>
        IntegrationByEmployer(input, "Désignation du tuteur des praticiens-conseils recrutés",
            ("Dans le trimestre", "Tuteur dans le trimestre", Tone.Good, r => r.TutorInQuarter), ("En retard", "Tuteur en retard", Tone.Late, r => r.TutorLate),
            ("Sans tuteur, hors délai", "Sans tuteur, hors délai", Tone.Missed, r => r.TutorMissing),
            ("Sans tuteur, dans le délai", "Sans tuteur, dans le délai", Tone.Neutral, r => r.TutorPending));

    public static ChartDrawing<IntegrationRow> Paths(ChartInput<IntegrationRow> input) =>
        IntegrationByEmployer(input, "Parcours d'intégration des praticiens-conseils recrutés",
            ("Achevé en 12 mois", "Parcours achevé en 12 mois", Tone.Good, r => r.PathIn12Months), ("Achevé au-delà", "Parcours achevé au-delà", Tone.Late, r => r.PathLate),
            ("Non achevé, hors délai", "Parcours non achevé, hors délai", Tone.Missed, r => r.PathOverdue), ("En cours", "Parcours en cours", Tone.Neutral, r => r.PathPending));

    /// <summary>
    /// The recruits of each employer, split into the stacked outcomes given (each the count of a column of the table),
    /// each coloured by what it means; an outcome an export masks is left out of its image.
    /// </summary>
    private static ChartDrawing<IntegrationRow> IntegrationByEmployer(ChartInput<IntegrationRow> input, string title,
        params (string Name, string Column, Tone Tone, Func<IntegrationRow, long> Count)[] outcomes)
    {
        var rows = input.Rows;
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            outcomes.Select(o => new BarSeries(o.Name, rows.Select(r => input.Published([r], o.Column, o.Count(r))).ToList()) { Tone = o.Tone }).ToList(), "Recrutés", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
        };
        return new(title, chart);
    }
}
