using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Taux d'adhésion: eligible structures with a contract, per semi-annual eligibility snapshot.</summary>
public sealed class UptakeIndicator : Indicator<UptakeRow>
{
    private UptakeIndicator()
        : base(new("adhesion"), "Adhésion par instantané d'éligibilité", new("uptake.sql", "eligibilite", "contrats_assistants_medicaux", "centres_sante"),
            IndicatorShape.Geographic("l'adhésion se lit par instantané d'éligibilité"))
    {
    }

    public static UptakeIndicator Instance => IndicatorCatalog.Of<UptakeIndicator>();

    /// <summary>What the charts draw: the share of the eligible under contract.</summary>
    internal const string Rate = "Taux d'adhésion";

    public override IReadOnlyList<TableColumn<UptakeRow>> Columns { get; } =
    [
        new("Instantané", r => r.Snapshot), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Compté au", r => r.MeasuredOn),
        new("Éligibles", r => r.Eligible) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("Sous contrat", r => r.Contracted) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new(Rate, r => r.Rate, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Éligibles", "Sous contrat") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        // Over time, on a map and ranked: one tile, the views in this order, the first shown first.
        new DashboardChart<UptakeRow>("adhesion", "Taux d'adhésion par instantané d'éligibilité", this, [new(DashboardPages.Assistants, 1) { View = "Évolution" }],
            UptakeCharts.OverTime) { Draws = [Rate], LeavesOutSecrets = true },
        new DashboardChart<UptakeRow>("adhesion-carte", "Carte du taux d'adhésion au dernier instantané", this,
            [new(DashboardPages.Overview, 2) { View = "Carte" },
        new(DashboardPages.Assistants, 1) { View = "Carte" }], UptakeCharts.Map, DashboardChart.ByNextLevel) { Draws = [Rate], LeavesOutSecrets = true },
        new DashboardChart<UptakeRow>("adhesion-zones", "Taux d'adhésion au dernier instantané, par zone", this,
            [new(DashboardPages.Overview, 2) { View = "Classement" },
        new(DashboardPages.Assistants, 1) { View = "Classement" }], UptakeCharts.ByZone, DashboardChart.ByNextLevel) { Draws = [Rate], LeavesOutSecrets = true },
    ];

    protected override bool UsesAggregates => true;
}
