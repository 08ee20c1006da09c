using ServiceMedical.Analytics.Indicators.Catalog;
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

    private const string MonthEnd = "Fin du mois", Nature = "Nature", ObservedLabel = "observé", ZoneCode = "Code zone";

    internal const string SignersToDate = "Signataires cumulés";

    /// <summary>The intervals' bounds, built on the month's count and the eligible: hidden together.</summary>
    internal static readonly string[] IntervalColumns = ["Intervalle 80 % bas", "Intervalle 80 % haut", "Intervalle 95 % bas", "Intervalle 95 % haut"];

    public override IReadOnlyList<TableColumn<ForecastRow>> Columns { get; } =
    [
        // The cumulative count at the end of the month: dated by its last day, not its first.
        new(MonthEnd, r => r.Month.AddMonths(1).AddDays(-1)), new(ZoneCode, r => r.Zone), new("Zone", r => r.ZoneName),
        new(Nature, r => r.IsForecast ? "prévision" : ObservedLabel),
        new(SignersToDate, r => r.Cumulative)
        {
            // A month's new signers are the difference of two observed months; a forecast's steps count nobody.
            Secrecy = ColumnSecrecy.BeneficiaryCount() with { Accumulates = new(MonthEnd) { OnlyWhere = (Nature, ObservedLabel) } },
        },
        new(IntervalColumns[0], r => r.Low80) { Secrecy = ColumnSecrecy.MeasureOn(SignersToDate, "Éligibles") },
        new(IntervalColumns[1], r => r.High80) { Secrecy = ColumnSecrecy.MeasureOn(SignersToDate, "Éligibles") },
        new(IntervalColumns[2], r => r.Low95) { Secrecy = ColumnSecrecy.MeasureOn(SignersToDate, "Éligibles") },
        new(IntervalColumns[3], r => r.High95) { Secrecy = ColumnSecrecy.MeasureOn(SignersToDate, "Éligibles") },
        new("Éligibles", r => r.Eligible) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<ForecastRow>("prevision-adhesion", "Signataires cumulés et prévision à 12 mois", this, [new(DashboardPages.Forecasts, 1)],
            ForecastCharts.Uptake, ForecastCharts.Scope)
        {
            Draws = [SignersToDate, .. IntervalColumns],
            LeavesOutSecrets = true,
        },
    ];

    /// <summary>
    /// A forecast covers the whole history and the months ahead, for every beneficiary or one type: the period,
    /// the breakdown and the type of centre do not apply.
    /// </summary>
    internal static IndicatorFilter Whole(IndicatorFilter filter) => filter with { From = null, To = null, Period = null, By = Breakdown.None, CentreType = null };

    protected override IndicatorFilter Narrow(IndicatorFilter filter) => Whole(filter);

    /// <summary>Each type's series is forecast on its own: the months ahead of the types do not add up to France's.</summary>
    internal override bool AddsUpAcrossFilters => false;

    /// <summary>
    /// The observed months' signers to date are the contracts' (same zone and type of beneficiary): masked as the contracts'
    /// export by month masks them, or where the two differ (<see cref="PublishedSignersToDate"/>), so that the two cannot be
    /// set against each other (the contracts also publish each month's new signers, which this table only implies).
    /// </summary>
    internal override ExportedTable MaskedLikeElsewhere(IndicatorReader reader, IndicatorFilter filter, ExportedTable exported)
    {
        var table = exported.Table;
        var (month, nature, zone, signers) = (table.ColumnOf(MonthEnd), table.ColumnOf(Nature), table.ColumnOf(ZoneCode), table.ColumnOf(SignersToDate));
        var observed = Enumerable.Range(0, table.Rows.Count).Where(r => Equals(table.Rows[r][nature], ObservedLabel)).ToList();
        if (observed.Count == 0)
        {
            return exported;
        }

        var contracts = PublishedSignersToDate.Read(reader, filter, observed.Max(r => (DateOnly)table.Rows[r][month]!));
        var masked = exported.MaskedLike(SignersToDate, r => Equals(table.Rows[r][nature], ObservedLabel)
            ? contracts.SecretFor((DateOnly)table.Rows[r][month]!, (string?)table.Rows[r][zone], Convert.ToDouble(table.Rows[r][signers], System.Globalization.CultureInfo.InvariantCulture))
            : null);
        // The months ahead start from the last month's count: a forecast never below it, bounds held at it (and the
        // naive forecast is it) would give it back. Masked with it.
        var last = observed.MaxBy(r => (DateOnly)table.Rows[r][month]!);
        return masked.IsHidden(last, signers) ? masked.MaskedLike(SignersToDate, r => r > last && !observed.Contains(r) ? s_startsFromASecret : null) : masked;
    }

    private static readonly SecretValue s_startsFromASecret = new(TableSecrecy.HiddenMeasureText);
}
