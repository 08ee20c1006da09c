using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.RecruitmentFlow;

/// <summary>Recruitment flow per campaign, profession and employer.</summary>
public sealed class RecruitmentFlowIndicator : Indicator<RecruitmentFlowRow>
{
    private RecruitmentFlowIndicator()
        : base(new("recrutement-flux"), "Flux de recrutement des praticiens-conseils", new("recruitment-flow.sql", "postes_recrutement", "candidatures", "entretiens", "nominations"),
            IndicatorShape.Regional("le recrutement se lit par campagne"))
    {
    }

    public static RecruitmentFlowIndicator Instance => IndicatorCatalog.Of<RecruitmentFlowIndicator>();

    public override IReadOnlyList<TableColumn<RecruitmentFlowRow>> Columns { get; } =
    [
        new("Campagne", r => r.Campaign), new("État de la campagne", r => r.CampaignUnderWay ? "en cours" : "close"), new("Profession", r => r.Profession, ColumnKind.Code), new("Employeur", r => r.Employer, ColumnKind.Code),
        new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Postes ouverts", r => r.Posts) { Secrecy = ColumnSecrecy.MeasureOn() },
        new("Candidatures", r => r.Applications) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Candidatures recevables", r => r.Admissible) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Candidatures auditionnées", r => r.Interviewed) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Postes avec un candidat retenu", r => r.Retained) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Postes pourvus (nomination publiée)", r => r.Filled) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Postes dont le lauréat a pris son poste", r => r.Started) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Postes pourvus (nomination publiée)")) },
        new("Postes dont le lauréat n'a pas pris son poste", r => r.Declined) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Postes pourvus (nomination publiée)")) },
        new("Prises de poste à venir ou non connues", r => r.StartPending) { Secrecy = ColumnSecrecy.PeopleCount(new PartOfTotal("Postes pourvus (nomination publiée)")) },
        new(FillRate, r => r.FillRate, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Postes pourvus (nomination publiée)") },
        new("Taux de prise de poste", r => r.TakeUp, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Postes dont le lauréat a pris son poste", "Postes dont le lauréat n'a pas pris son poste") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        // Each chart draws sums of the rows (RecruitmentFlowCharts): every row together, closed campaigns by campaign and
        // employer, closed campaigns by region.
        new DashboardChart<RecruitmentFlowRow>("recrutement-flux", "Des postes ouverts aux prises de poste", this, [new(DashboardPages.Recruitment, 1)], RecruitmentFlowCharts.Flow)
        {
            AddsUp = _ => "tout",
            LeavesOutSecrets = true,
        },
        new DashboardChart<RecruitmentFlowRow>("recrutement-campagnes", "Taux de pourvoi par campagne", this, [new(DashboardPages.Recruitment, 2)], RecruitmentFlowCharts.FillRateByCampaign)
        {
            AddsUp = r => r.CampaignUnderWay ? null : (r.Campaign, r.Employer),
            Draws = [FillRate],
            LeavesOutSecrets = true,
        },
        // The regions on a map and ranked: one tile, the map first.
        new DashboardChart<RecruitmentFlowRow>("recrutement-carte", "Carte du taux de pourvoi par région", this, [new(DashboardPages.Recruitment, 3) { View = "Carte" }],
            RecruitmentFlowCharts.FillRateMap, ByRegion)
        {
            AddsUp = ClosedByZone,
            Draws = [FillRate],
            LeavesOutSecrets = true,
        },
        new DashboardChart<RecruitmentFlowRow>("recrutement-regions", "Taux de pourvoi par région", this, [new(DashboardPages.Recruitment, 3) { View = "Classement" }],
            RecruitmentFlowCharts.FillRateByRegion, ByRegion)
        {
            AddsUp = ClosedByZone,
            Draws = [FillRate],
            LeavesOutSecrets = true,
        },
    ];

    internal const string FillRate = "Taux de pourvoi";

    private static string? ClosedByZone(RecruitmentFlowRow row) => row.CampaignUnderWay ? null : row.Zone;

    /// <summary>France by region; a region has no level below it for recruitment.</summary>
    private static IndicatorFilter? ByRegion(IndicatorFilter filter) => filter.Geography.IsNational ? filter with { By = Breakdown.Region } : null;
}
