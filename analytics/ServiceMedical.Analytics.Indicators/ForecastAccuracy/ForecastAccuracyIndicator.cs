using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Forecast;

namespace ServiceMedical.Analytics.Indicators.ForecastAccuracy;

/// <summary>Précision des modèles de prévision: each model's backtest accuracy for France or a region.</summary>
public sealed class ForecastAccuracyIndicator : Indicator<ForecastAccuracyRow>
{
    private ForecastAccuracyIndicator()
        : base(new("prevision-precision"), "Précision des modèles de prévision", new("forecast-accuracy.sql", ForecastIndicator.TrainedOn), IndicatorShape.Forecast)
    {
    }

    public static ForecastAccuracyIndicator Instance => IndicatorCatalog.Of<ForecastAccuracyIndicator>();

    public override IReadOnlyList<TableColumn<ForecastAccuracyRow>> Columns { get; } =
    [
        new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Modèle", r => r.Label), new("Retenu", r => r.Chosen ? "oui" : "non"),
        new("Écart moyen (signataires)", r => r.Mae) { Secrecy = ColumnSecrecy.MeasureOn() },
        new("Écart relatif (1 = sans nouvelle signature)", r => r.Mase) { Secrecy = ColumnSecrecy.MeasureOn() },
        new("Couverture de l'intervalle à 80 %", r => r.Coverage80, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn() },
        new("Couverture de l'intervalle à 95 %", r => r.Coverage95, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn() },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<ForecastAccuracyRow>("prevision-precision", "Fiabilité des prévisions (24 derniers mois)", this, [new(DashboardPages.Forecasts, 2)],
            ForecastCharts.Accuracy, ForecastCharts.Scope),
    ];

    protected override IndicatorFilter Narrow(IndicatorFilter filter) => ForecastIndicator.Whole(filter);

    /// <summary>Errors of models, not counts: nothing to add up.</summary>
    internal override bool AddsUpAcrossFilters => false;
}
