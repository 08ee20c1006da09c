using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Integration;

/// <summary>Integration of recruits: tutor and path.</summary>
public sealed class IntegrationIndicator : Indicator<IntegrationRow>
{
    private IntegrationIndicator()
        : base(new("integration"), "Intégration des praticiens-conseils recrutés", new("integration.sql", "parcours_integration", "candidatures", "postes_recrutement"),
            IndicatorShape.Regional("l'intégration se lit sur la période"))
    {
    }

    public static IntegrationIndicator Instance => IndicatorCatalog.Of<IntegrationIndicator>();

    public override IReadOnlyList<TableColumn<IntegrationRow>> Columns { get; } =
    [
        new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Recrutés", r => r.Recruits) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Tuteur dans le trimestre", r => r.TutorInQuarter) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "tuteur")) },
        new("Tuteur en retard", r => r.TutorLate) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "tuteur")) },
        new("Sans tuteur, hors délai", r => r.TutorMissing) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "tuteur")) },
        new("Sans tuteur, dans le délai", r => r.TutorPending) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "tuteur")) },
        new("Parcours achevé en 12 mois", r => r.PathIn12Months) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "parcours")) },
        new("Parcours achevé au-delà", r => r.PathLate) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "parcours")) },
        new("Parcours non achevé, hors délai", r => r.PathOverdue) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "parcours")) },
        new("Parcours en cours", r => r.PathPending) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "parcours")) },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<IntegrationRow>("integration-tuteurs", "Tuteur désigné dans le trimestre", this, [new(DashboardPages.Integration, 1)], IntegrationCharts.Tutors)
        {
            LeavesOutSecrets = true,
        },
        new DashboardChart<IntegrationRow>("integration-parcours", "Parcours d'intégration achevé en 12 mois", this, [new(DashboardPages.Integration, 2)], IntegrationCharts.Paths)
        {
            LeavesOutSecrets = true,
        },
    ];
}
