using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.RecruitmentDelays;

/// <summary>Recruitment delays, median and 90th percentile.</summary>
public sealed class RecruitmentDelayIndicator : Indicator<RecruitmentDelayRow>
{
    private RecruitmentDelayIndicator()
        : base(new("recrutement-delais"), "Délais de recrutement", new("recruitment-delays.sql", "postes_recrutement", "entretiens", "nominations"),
            IndicatorShape.Regional("les délais se lisent sur la période"))
    {
    }

    public static RecruitmentDelayIndicator Instance => IndicatorCatalog.Of<RecruitmentDelayIndicator>();

    public override IReadOnlyList<TableColumn<RecruitmentDelayRow>> Columns { get; } =
    [
        new("Profession", r => r.Profession, ColumnKind.Code), new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new("Postes pourvus", r => r.PostsFilled) { Secrecy = ColumnSecrecy.PeopleCount() },
        new(RecruitmentDelayChart.ToDecision, r => r.DecisionMedian) { Secrecy = ColumnSecrecy.MeasureOn("Postes pourvus") },
        new("Clôture → décision, 9 sur 10 en moins de (jours)", r => r.DecisionP90) { Secrecy = ColumnSecrecy.MeasureOn("Postes pourvus") },
        new(RecruitmentDelayChart.ToPublication, r => r.PublicationMedian) { Secrecy = ColumnSecrecy.MeasureOn("Postes pourvus") },
        new("Décision → publication, 9 sur 10 en moins de (jours)", r => r.PublicationP90) { Secrecy = ColumnSecrecy.MeasureOn("Postes pourvus") },
        // The posts filled, split: the delays to start rest on the first part.
        new("Lauréats ayant pris leurs fonctions", r => r.Started) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Postes pourvus")) },
        new("Prises de fonctions à venir", r => r.StartsToCome) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Postes pourvus")) },
        new(RecruitmentDelayChart.ToStart, r => r.StartMedian) { Secrecy = ColumnSecrecy.MeasureOn("Lauréats ayant pris leurs fonctions") },
        new("Publication → prise de fonctions, 9 sur 10 en moins de (jours)", r => r.StartP90) { Secrecy = ColumnSecrecy.MeasureOn("Lauréats ayant pris leurs fonctions") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<RecruitmentDelayRow>("recrutement-delais", "Délais de recrutement", this, [new(DashboardPages.Recruitment, 4)], RecruitmentDelayChart.Draw)
        {
            Draws = [RecruitmentDelayChart.ToDecision, RecruitmentDelayChart.ToPublication, RecruitmentDelayChart.ToStart],
            LeavesOutSecrets = true,
        },
    ];
}
