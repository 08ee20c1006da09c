using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>The naive baseline: nobody else signs; every month ahead is the last value. Accuracy is measured against it (MASE).</summary>
public sealed class NaiveModel : IUptakeModel
{
    public string Name => "naive";

    public string Label => "Sans nouvelle signature (dernière valeur)";

    public IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin) => new Forecaster(origin);

    private sealed class Forecaster(int origin) : IUptakeForecaster
    {
        public double[] Forecast(UptakeSeries series, int horizon) => [.. Enumerable.Repeat(series.Cumulative(origin), horizon)];
    }
}
