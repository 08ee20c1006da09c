using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Training;

/// <summary>CQP assistant médical training by organisation.</summary>
public sealed class TrainingIndicator : Indicator<TrainingRow>
{
    private TrainingIndicator()
        : base(new("formation-cqp"), "Formation CQP par organisme", new("cqp-training.sql", "formations_cqp", "organismes_cqp", "contrats_assistants_medicaux"),
            IndicatorShape.Geographic("la formation se lit à une date"))
    {
    }

    public static TrainingIndicator Instance => IndicatorCatalog.Of<TrainingIndicator>();

    public override IReadOnlyList<TableColumn<TrainingRow>> Columns { get; } =
    [
        new("Code organisme", r => r.Organisation) { Secrecy = ColumnSecrecy.Axis },
        new("Organisme", r => r.OrganisationName) { Secrecy = ColumnSecrecy.Label },
        new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new("Stagiaires", r => r.Trainees) { Secrecy = ColumnSecrecy.PeopleCount() },
        new(Certified, r => r.Certified) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Stagiaires")) },
        new(InTraining, r => r.InTraining) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Stagiaires")) },
        new(Overdue, r => r.Overdue) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Stagiaires")) },
        new("Taux d'achèvement", r => r.Completion, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Certifiés", "En retard") },
        new("Heures réalisées", r => r.HoursDone) { Secrecy = ColumnSecrecy.MeasureOn("Stagiaires") },
        new("Heures prévues", r => r.HoursPlanned) { Secrecy = ColumnSecrecy.MeasureOn("Stagiaires") },
        new("Prochaine fin prévue", r => r.NextExpectedEnd) { Secrecy = ColumnSecrecy.MeasureOn("En formation") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        // Each zone's organisations added up, a bar per zone; a part the export masks is left out of its image.
        new DashboardChart<TrainingRow>("formation-cqp", "Formation CQP des assistants médicaux", this, [new(DashboardPages.Assistants, 7)], Draw, DashboardChart.ByNextLevel)
        {
            AddsUp = r => r.Zone,
            Draws = [Certified, InTraining, Overdue],
            LeavesOutSecrets = true,
        },
    ];

    private const string Certified = "Certifiés", InTraining = "En formation", Overdue = "En retard";

    private static ChartDrawing<TrainingRow> Draw(ChartInput<TrainingRow> input)
    {
        var zones = input.Rows.GroupBy(r => (r.Zone, r.ZoneName)).OrderBy(g => g.Key.ZoneName, StringComparer.Ordinal).ToList();
        var chart = new BarChart(zones.Select(z => z.Key.ZoneName).ToList(),
            [
                new BarSeries(Certified, zones.Select(z => input.Published([.. z], Certified, z.Sum(r => r.Certified))).ToList()) { Tone = Tone.Good },
                new BarSeries(InTraining, zones.Select(z => input.Published([.. z], InTraining, z.Sum(r => r.InTraining))).ToList()) { Tone = Tone.Neutral },
                new BarSeries(Overdue, zones.Select(z => input.Published([.. z], Overdue, z.Sum(r => r.Overdue))).ToList()) { Tone = Tone.Late },
            ], "Stagiaires", ChartStyle.Count)
        {
            Stacked = true,
            Horizontal = true,
            Links = zones.Select(z => input.LinkOf(z.Key.Zone)).ToList(),
        };
        return new("Stagiaires CQP : certifiés, en formation, en retard", chart);
    }
}
