using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>
/// The diffusion baseline, fitted per series: the Bass curve of its cumulative uptake, its potential bounded by
/// the eligible population. The forecast adds the curve's increments to the last observed value, so that it
/// starts from where the series is rather than from where the curve passes.
/// </summary>
public sealed class BassModel : IUptakeModel
{
    public string Name => "bass";

    public string Label => "Courbe d'adoption (diffusion)";

    public IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin) => new Forecaster(origin);

    private sealed class Forecaster(int origin) : IUptakeForecaster
    {
        public double[] Forecast(UptakeSeries series, int horizon)
        {
            var history = Enumerable.Range(0, origin + 1).Select(series.Cumulative).ToList();
            var curve = BassDiffusion.Fit(history, series.Eligible(origin));
            var now = curve.Cumulative(origin + 1);
            return [.. Enumerable.Range(1, horizon).Select(k => series.Cumulative(origin) + curve.Cumulative(origin + 1 + k) - now)];
        }
    }
}
