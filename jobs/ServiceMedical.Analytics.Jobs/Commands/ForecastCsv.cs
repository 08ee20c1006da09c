using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// Forecasts as a French CSV, through the same table writer as every export. Each line is the cumulative count at the
/// end of its month, dated by that last day; the backtest's coverage is in percent, as its header says. Under the
/// small-count rule like every export: a series whose last observed count is small has its forecast hidden too.
/// </summary>
public static class ForecastCsv
{
    private const string Observed = "Signataires au dernier mois observé";

    /// <summary>
    /// Writes <paramref name="forecasts"/>; <paramref name="lastObserved"/> says how the contracts' export shows each
    /// series' last observed count (the same signers to date), null where it is published: masked alike here.
    /// </summary>
    public static void Write(string path, IReadOnlyList<ScopeForecast> forecasts, SmallCountRule secrecy, Func<ScopeForecast, SecretValue?> lastObserved)
    {
        // Intervals are bounded by the eligible: they rest on them as on the observed count.
        var onObserved = ColumnSecrecy.MeasureOn(Observed, "Éligibles");
        var table = new IndicatorTable(
            ["Fin du mois", "Code zone", "Zone", "Type de bénéficiaire", "Signataires cumulés prévus", "Intervalle 80 % bas", "Intervalle 80 % haut", "Intervalle 95 % bas", "Intervalle 95 % haut",
             "Éligibles", Observed, "Modèle", "MASE du modèle", "Valeurs réelles dans l'intervalle 80 % au backtest (en %)"],
            [.. forecasts.SelectMany(f => f.Points.Select(p => (IReadOnlyList<object?>)
            [
                p.Month.AddMonths(1).AddDays(-1), f.Scope, f.Name, f.BeneficiaryType ?? "tous", Math.Round(p.Value, 1), Math.Round(p.Low80, 1), Math.Round(p.High80, 1), Math.Round(p.Low95, 1), Math.Round(p.High95, 1),
                f.Eligible, f.LastCumulative, f.Chosen.Label, Math.Round(f.Chosen.Mase, 3), f.Chosen.Coverage80 is { } c ? Math.Round(100 * c, 1) : null,
            ]))])
        {
            Secrecy =
            [
                // The type of beneficiary is an axis: « tous » is the sum of the other two.
                ColumnSecrecy.Key, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.Axis, onObserved, onObserved, onObserved, onObserved, onObserved,
                ColumnSecrecy.BeneficiaryCount(), ColumnSecrecy.BeneficiaryCount(), ColumnSecrecy.MeasureOn(), ColumnSecrecy.MeasureOn(), ColumnSecrecy.MeasureOn(),
            ],
        };
        var seriesOf = forecasts.SelectMany(f => f.Points.Select(_ => f)).ToList();
        using var stream = File.Create(path);
        secrecy.Apply(table).MaskedLike(Observed, r => lastObserved(seriesOf[r])).Table.WriteCsv(stream);
    }
}
