using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Secrecy;

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

    private const string MonthEnd = "Fin du mois", Nature = "Nature", Observed = "observé", SignersToDate = "Signataires cumulés";

    public override IReadOnlyList<TableColumn<ForecastRow>> Columns { get; } =
    [
        // The cumulative count at the end of the month: dated by its last day, not its first.
        new(MonthEnd, r => r.Month.AddMonths(1).AddDays(-1)), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new(Nature, r => r.IsForecast ? "prévision" : Observed),
        new(SignersToDate, r => r.Cumulative)
        {
            // A month's new signers are the difference of two observed months; a forecast's steps count nobody.
            Secrecy = ColumnSecrecy.BeneficiaryCount() with { Accumulates = new(MonthEnd) { OnlyWhere = (Nature, Observed) } },
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

    /// <summary>
    /// The observed months' signers to date are the contracts' (« Signataires cumulés » by month, same zone and type of
    /// beneficiary): masked as the contracts' export by month masks them, so that the two cannot be set against each other
    /// (the contracts also publish each month's new signers, which the forecast's table only implies).
    /// </summary>
    internal override ExportedTable MaskedLikeElsewhere(IndicatorReader reader, IndicatorFilter filter, ExportedTable exported)
    {
        var table = exported.Table;
        var (month, nature) = (table.Headers.ToList().IndexOf(MonthEnd), table.Headers.ToList().IndexOf(Nature));
        var observed = Enumerable.Range(0, table.Rows.Count).Where(r => Equals(table.Rows[r][nature], Observed)).ToList();
        if (observed.Count == 0)
        {
            return exported;
        }

        var last = observed.Max(r => (DateOnly)table.Rows[r][month]!);
        var contracts = reader.ExportTable(ContractsOverTimeIndicator.Instance, Whole(filter) with { By = Breakdown.Month, To = last });
        var (period, zone, signers) = (contracts.Table.Headers.ToList().IndexOf("Période"), contracts.Table.Headers.ToList().IndexOf("Code zone"),
            contracts.Table.Headers.ToList().IndexOf(ContractsChart.SignersToDate));
        var secrets = Enumerable.Range(0, contracts.Table.Rows.Count).Where(r => contracts.IsHidden(r, signers))
            .ToDictionary(r => (((DateOnly)contracts.Table.Rows[r][period]!).AddMonths(1).AddDays(-1), (string?)contracts.Table.Rows[r][zone]), r => (SecretValue)contracts.Table.Rows[r][signers]!);
        var zoneColumn = table.Headers.ToList().IndexOf("Code zone");
        return exported.MaskedLike(SignersToDate, r => Equals(table.Rows[r][nature], Observed)
            && secrets.TryGetValue(((DateOnly)table.Rows[r][month]!, (string?)table.Rows[r][zoneColumn]), out var secret) ? secret : null);
    }
}
