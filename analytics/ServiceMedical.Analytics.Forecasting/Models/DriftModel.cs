using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>The drift baseline: signings go on at the average pace of the last twelve months.</summary>
public sealed class DriftModel : IUptakeModel
{
    private const int Window = 12;

    public string Name => "derive";

    public string Label => "Rythme des 12 derniers mois prolongé";

    public IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin) => new Forecaster(origin);

    private sealed class Forecaster(int origin) : IUptakeForecaster
    {
        public double[] Forecast(UptakeSeries series, int horizon)
        {
            var start = Math.Max(0, origin - Window);
            var pace = origin == start ? 0 : (series.Cumulative(origin) - series.Cumulative(start)) / (origin - start);
            return [.. Enumerable.Range(1, horizon).Select(k => series.Cumulative(origin) + (k * pace))];
        }
    }
}
