using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Recruitment;

namespace ServiceMedical.Analytics.Charts;

/// <summary>The charts of the recruitment of praticiens-conseils and of their integration.</summary>
public static class RecruitmentCharts
{
    public static DashboardChart Flow { get; } = new("recrutement-flux", "Des postes ouverts aux prises de poste", "recrutement-flux", DashboardChart.AsIs, request =>
    {
        var rows = new RecruitmentFlowQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        // Two units, never added up: applications, and posts. Each stage is one bar, coloured by its unit.
        (string Stage, bool Posts, Func<RecruitmentFlowRow, long> Count)[] stages =
        [
            ("Postes ouverts", true, r => r.Posts), ("Candidatures", false, r => r.Applications), ("Candidatures recevables", false, r => r.Admissible),
            ("Candidatures auditionnées", false, r => r.Interviewed), ("Postes avec un candidat retenu", true, r => r.Retained),
            ("Postes pourvus (nomination)", true, r => r.Filled), ("Lauréats ayant pris leur poste", true, r => r.Started),
            ("Lauréats n'ayant pas pris leur poste", true, r => r.Declined),
        ];
        var chart = new BarChart(stages.Select(s => s.Stage).ToList(),
            [
                new BarSeries("Postes", stages.Select(s => s.Posts ? (double)rows.Sum(s.Count) : 0).ToList()),
                new BarSeries("Candidatures", stages.Select(s => s.Posts ? 0 : (double)rows.Sum(s.Count)).ToList()),
            ], "Nombre", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
        };
        return request.Rendered("Postes et candidatures, de l'offre à la prise de poste", chart, rows);
    });

    public static DashboardChart FillRateByCampaign { get; } = new("recrutement-campagnes", "Taux de pourvoi par campagne", "recrutement-flux", DashboardChart.AsIs, request =>
    {
        var rows = new RecruitmentFlowQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var campaigns = rows.Select(r => r.Campaign).Distinct().Order(StringComparer.Ordinal).ToList();
        var series = rows.GroupBy(r => r.Employer).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarSeries(CodeLabels.Of(g.Key), campaigns.Select(c => ChartStyle.Share(g.Where(r => r.Campaign == c).Sum(r => r.Filled), g.Where(r => r.Campaign == c).Sum(r => r.Posts))).ToList()))
            .ToList();
        var chart = new BarChart(campaigns, series, "Taux de pourvoi", ChartStyle.Percent);
        return request.Rendered("Taux de pourvoi des postes par campagne et par employeur", chart, rows);
    });

    public static DashboardChart FillRateByRegion { get; } = new("recrutement-regions", "Taux de pourvoi par région", "recrutement-flux",
        filter => filter.Geography.IsNational ? filter with { By = Breakdown.Region } : null, request =>
    {
        var rows = new RecruitmentFlowQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var zones = rows.GroupBy(r => (r.Zone, r.ZoneName))
            .Select(g => (g.Key.Zone, g.Key.ZoneName, Rate: ChartStyle.Share(g.Sum(r => r.Filled), g.Sum(r => r.Posts))))
            .OrderByDescending(z => z.Rate).ToList();
        var chart = new BarChart(zones.Select(z => z.ZoneName).ToList(), [new BarSeries("Taux de pourvoi", zones.Select(z => z.Rate).ToList())], "Taux de pourvoi", ChartStyle.Percent)
        {
            Horizontal = true,
            Links = zones.Select(z => request.ZoneLink?.Invoke(z.Zone)).ToList(),
        };
        return request.Rendered("Taux de pourvoi des postes par région", chart, rows);
    });

    public static DashboardChart Delays { get; } = new("recrutement-delais", "Délais de recrutement", "recrutement-delais", DashboardChart.AsIs, request =>
    {
        var rows = new RecruitmentDelayQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var chart = new BarChart(rows.Select(r => $"{CodeLabels.Of(r.Profession)} – {CodeLabels.Of(r.Employer)}").ToList(),
            [
                new BarSeries("Clôture → décision", rows.Select(r => r.DecisionMedian ?? 0).ToList()),
                new BarSeries("Décision → publication", rows.Select(r => r.PublicationMedian ?? 0).ToList()),
                new BarSeries("Publication → prise de fonctions", rows.Select(r => r.StartMedian ?? 0).ToList()),
            ], "Jours (médiane)", ChartStyle.Days)
        {
            Stacked = true,
            Horizontal = true,
        };
        return request.Rendered("Délais médians de recrutement, étape par étape", chart, rows);
    });

    public static DashboardChart Juries { get; } = new("jurys", "Conformité des jurys", "jurys", DashboardChart.AsIs, request =>
    {
        var rows = new JuryComplianceQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            [
                new BarSeries("Jury complet", rows.Select(r => ChartStyle.Share(r.CompleteJury, r.Interviews)).ToList()),
                new BarSeries("Durée de 45 minutes", rows.Select(r => ChartStyle.Share(r.FortyFiveMinutes, r.Interviews)).ToList()),
                new BarSeries("Membre ARS présent (postes ARS)", rows.Select(r => ChartStyle.Share(r.ArsMemberPresent, r.ArsInterviews)).ToList()),
                new BarSeries("Entretiens conformes", rows.Select(r => r.ComplianceRate ?? 0).ToList()),
            ], "Part des entretiens", ChartStyle.Percent);
        return request.Rendered("Conformité des jurys d'entretien", chart, rows);
    });

    public static DashboardChart Tutors { get; } = new("integration-tuteurs", "Tuteur désigné dans le trimestre", "integration", DashboardChart.AsIs, request =>
        IntegrationByEmployer(request, "Désignation du tuteur des praticiens-conseils recrutés",
            ("Dans le trimestre", r => r.TutorInQuarter), ("En retard", r => r.TutorLate),
            ("Sans tuteur, hors délai", r => r.TutorMissing), ("Sans tuteur, dans le délai", r => r.TutorPending)));

    public static DashboardChart Paths { get; } = new("integration-parcours", "Parcours d'intégration achevé en 12 mois", "integration", DashboardChart.AsIs, request =>
        IntegrationByEmployer(request, "Parcours d'intégration des praticiens-conseils recrutés",
            ("Achevé en 12 mois", r => r.PathIn12Months), ("Achevé au-delà", r => r.PathLate),
            ("Non achevé, hors délai", r => r.PathOverdue), ("En cours", r => r.PathPending)));

    /// <summary>The recruits of each employer, split into the stacked outcomes given.</summary>
    private static RenderedChart IntegrationByEmployer(ChartRequest request, string title, params (string Name, Func<IntegrationRow, long> Count)[] outcomes)
    {
        var rows = new IntegrationQuery(request.Connection, request.Horizon).Run(request.User, request.Filter);
        var chart = new BarChart(rows.Select(r => CodeLabels.Of(r.Employer)).ToList(),
            outcomes.Select(o => new BarSeries(o.Name, rows.Select(r => (double)o.Count(r)).ToList())).ToList(), "Recrutés", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
        };
        return request.Rendered(title, chart, rows);
    }
}
