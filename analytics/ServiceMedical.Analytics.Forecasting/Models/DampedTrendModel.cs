using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>
/// A model of monthly signings whose level and trend change over time: exponential smoothing with a damped trend
/// (Holt–Gardner), fitted per series. Each month the level moves towards what was signed and the trend towards the
/// level's last change; ahead, the trend fades by a factor φ a month, so that an acceleration is followed without
/// being carried on for ever. The smoothing weights and φ are those of a small grid that best forecast each month
/// from the one before (least squares of one-step errors). The cumulative forecast adds the monthly forecasts,
/// never negative, to today's count.
/// <para>
/// A grid search over three weights is all this needs: an ML.NET trainer would fit a regression, not a state that
/// changes month by month; the boosted trees model is the ML.NET one.
/// </para>
/// </summary>
public sealed class DampedTrendModel : IUptakeModel
{
    private static readonly double[] s_levelWeights = [0.05, 0.1, 0.2, 0.35, 0.5];
    private static readonly double[] s_trendWeights = [0.02, 0.05, 0.1, 0.2];
    private static readonly double[] s_damping = [0.8, 0.9, 0.95, 0.98];

    public string Name => "tendance";

    public string Label => "Rythme mensuel lissé, tendance amortie";

    public IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin) => new Forecaster(origin);

    /// <summary>The smoothing weights and damping that best forecast each month from the one before.</summary>
    internal static DampedTrend Fit(IReadOnlyList<double> monthly)
    {
        var best = new DampedTrend(0.2, 0.05, 0.9);
        var bestLoss = double.PositiveInfinity;
        foreach (var alpha in s_levelWeights)
        {
            foreach (var beta in s_trendWeights)
            {
                foreach (var phi in s_damping)
                {
                    var candidate = new DampedTrend(alpha, beta, phi);
                    var loss = candidate.Run(monthly).Loss;
                    if (loss < bestLoss)
                    {
                        (best, bestLoss) = (candidate, loss);
                    }
                }
            }
        }

        return best;
    }

    private sealed class Forecaster(int origin) : IUptakeForecaster
    {
        public double[] Forecast(UptakeSeries series, int horizon)
        {
            var monthly = Enumerable.Range(0, origin + 1).Select(series.New).ToArray();
            var fit = Fit(monthly);
            var (level, trend, _) = fit.Run(monthly);
            var forecast = new double[horizon];
            var total = series.Cumulative(origin);
            var damping = 0.0;
            for (var k = 0; k < horizon; k++)
            {
                damping = (damping + 1) * fit.Damping;
                total += Math.Max(0, level + (damping * trend));
                forecast[k] = total;
            }

            return forecast;
        }
    }
}

/// <summary>Holt–Gardner smoothing weights: α for the level, β for the trend, φ the trend's damping a month.</summary>
internal sealed record DampedTrend(double Alpha, double Beta, double Damping)
{
    /// <summary>The level and trend after the last month, and the sum of squared one-step errors on the way.</summary>
    public (double Level, double Trend, double Loss) Run(IReadOnlyList<double> monthly)
    {
        if (monthly.Count == 0)
        {
            return (0, 0, 0);
        }

        // Starts from the first months' mean and no trend: a scheme's opening months are few and uneven.
        var level = monthly.Take(3).Average();
        var trend = 0.0;
        var loss = 0.0;
        for (var t = 1; t < monthly.Count; t++)
        {
            var expected = level + (Damping * trend);
            var error = monthly[t] - expected;
            loss += error * error;
            var previous = level;
            level = expected + (Alpha * error);
            trend = (Beta * (level - previous)) + ((1 - Beta) * Damping * trend);
        }

        return (level, trend, loss);
    }
}
