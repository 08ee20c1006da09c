using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Forecast;

/// <summary>Prévision de l'adhésion: cumulative uptake of France or a region, observed then forecast (see docs/forecasts.md).</summary>
public sealed class ForecastIndicator : Indicator<ForecastRow>
{
    /// <summary>What the refresh trained the forecasts on.</summary>
    internal static readonly string[] TrainedOn = ["contrats_assistants_medicaux", "eligibilite", "actions_accompagnement"];

    private ForecastIndicator()
        : base(new("prevision-adhesion"), "Prévision de l'adhésion (cumul des signataires)", new("forecast.sql", TrainedOn), IndicatorShape.Forecast)
    {
    }

    public static ForecastIndicator Instance => IndicatorCatalog.Of<ForecastIndicator>();

    public override IReadOnlyList<TableColumn<ForecastRow>> Columns { get; } =
    [
        // The cumulative count at the end of the month: dated by its last day, not its first.
        new("Fin du mois", r => r.Month.AddMonths(1).AddDays(-1)), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new("Nature", r => r.IsForecast ? "prévision" : "observé"),
        new("Signataires cumulés", r => r.Cumulative)
        {
            // A month's new signers are the difference of two observed months; a forecast's steps count nobody.
            Secrecy = ColumnSecrecy.BeneficiaryCount() with { Accumulates = new("Fin du mois") { OnlyWhere = ("Nature", "observé") } },
        },
        new("Intervalle 80 % bas", r => r.Low80) { Secrecy = ColumnSecrecy.MeasureOn("Signataires cumulés", "Éligibles") },
        new("Intervalle 80 % haut", r => r.High80) { Secrecy = ColumnSecrecy.MeasureOn("Signataires cumulés", "Éligibles") },
        new("Intervalle 95 % bas", r => r.Low95) { Secrecy = ColumnSecrecy.MeasureOn("Signataires cumulés", "Éligibles") },
        new("Intervalle 95 % haut", r => r.High95) { Secrecy = ColumnSecrecy.MeasureOn("Signataires cumulés", "Éligibles") },
        new("Éligibles", r => r.Eligible) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<ForecastRow>("prevision-adhesion", "Signataires cumulés et prévision à 12 mois", this, [new(DashboardPages.Forecasts, 1)],
            ForecastCharts.Uptake, ForecastCharts.Scope),
    ];

    /// <summary>
    /// A forecast covers the whole history and the months ahead, for every beneficiary or one type: the period,
    /// the breakdown and the type of centre do not apply.
    /// </summary>
    internal static IndicatorFilter Whole(IndicatorFilter filter) => filter with { From = null, To = null, Period = null, By = Breakdown.None, CentreType = null };

    protected override IndicatorFilter Narrow(IndicatorFilter filter) => Whole(filter);
}
