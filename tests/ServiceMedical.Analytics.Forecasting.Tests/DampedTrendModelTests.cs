using ServiceMedical.Analytics.Forecasting.Models;

namespace ServiceMedical.Analytics.Forecasting.Tests;

public sealed class DampedTrendModelTests
{
    /// <summary>
    /// Signings grow by half a signer every month (5, 5.5, 6, …): by month 47 the last year signed 25.75 a month on
    /// average, the next year will sign 31.75. Drift carries 25.75 on and misses the year by 12 × 6 = 72 signers;
    /// the damped trend follows the acceleration and misses by less than half of that.
    /// </summary>
    [Fact]
    public void OnAnAcceleratingPace_TheTwelveMonthForecast_MissesByLessThanHalfOfDrift()
    {
        var series = SyntheticSeries.Of("01", 100_000, t => 5 + (0.5 * t));
        var actual = series.Cumulative(59);

        var drift = new DriftModel().Train([series], 47).Forecast(series, 12)[^1];
        var trend = new DampedTrendModel().Train([series], 47).Forecast(series, 12)[^1];

        Assert.Equal(72, actual - drift, 6);
        Assert.True(Math.Abs(actual - trend) < 36, $"tendance {trend:0.0}, réel {actual:0.0}, dérive {drift:0.0}");
    }

    /// <summary>Signing stopped a year ago: the forecast stays within a signer of today's count instead of carrying an old pace on.</summary>
    [Fact]
    public void WhenSigningHasStopped_TheForecastStaysFlat_AndNeverFalls()
    {
        var series = SyntheticSeries.Of("01", 100_000, t => t < 36 ? 20 : 0);

        var forecast = new DampedTrendModel().Train([series], 47).Forecast(series, 24);

        Assert.All(forecast, v => Assert.InRange(v, series.Cumulative(47), series.Cumulative(47) + 1));
    }

    /// <summary>Holt–Gardner by hand on 4, 6, 5 with α = 0.5, β = 0.1, φ = 0.9: level starts at 5 (the mean), trend 0.</summary>
    [Fact]
    public void TheSmoothing_FollowsItsEquations()
    {
        var (level, trend, loss) = new DampedTrend(0.5, 0.1, 0.9).Run([4, 6, 5]);

        // t=1: expected 5, error 1, level 5.5, trend 0.1 × 0.5 = 0.05.
        // t=2: expected 5.5 + 0.045 = 5.545, error −0.545, level 5.2725, trend 0.1 × (−0.2275) + 0.9 × 0.9 × 0.05 = 0.01775.
        Assert.Equal(5.2725, level, 9);
        Assert.Equal(0.01775, trend, 9);
        Assert.Equal(1 + (0.545 * 0.545), loss, 9);
    }
}
