using ServiceMedical.Analytics.Forecasting.Models;

namespace ServiceMedical.Analytics.Forecasting.Tests;

public sealed class BassDiffusionTests
{
    /// <summary>
    /// A series drawn from a known curve (potential 6 000 of 10 000 eligible, p = 0.005, q = 0.12), 78 months,
    /// with ±1 % deterministic noise: the fit recovers the potential within 5 %, p within 20 % and q within 10 %.
    /// </summary>
    [Fact]
    public void Fit_OnASyntheticSeries_RecoversItsParameters()
    {
        var truth = new BassDiffusion(6000, 0.005, 0.12);
        var series = Enumerable.Range(1, 78).Select(t => truth.Cumulative(t) * (1 + (0.01 * Math.Sin(t * 1.7)))).ToList();

        var fitted = BassDiffusion.Fit(series, ceiling: 10_000);

        Assert.InRange(fitted.Potential, 6000 * 0.95, 6000 * 1.05);
        Assert.InRange(fitted.Innovation, 0.005 * 0.8, 0.005 * 1.2);
        Assert.InRange(fitted.Imitation, 0.12 * 0.9, 0.12 * 1.1);
    }

    [Fact]
    public void Fit_NeverGivesAPotentialAboveTheEligiblePopulation()
    {
        // Still accelerating: an unbounded fit would put the potential far beyond 800.
        var series = Enumerable.Range(1, 40).Select(t => 2.0 * t * t / 10).ToList();

        var fitted = BassDiffusion.Fit(series, ceiling: 800);

        Assert.InRange(fitted.Potential, series[^1], 800);
        Assert.True(fitted.Cumulative(1000) <= 800 + 1e-6);
    }

    [Fact]
    public void Share_IsZeroAtTheStart_AndTendsToOne()
    {
        var curve = new BassDiffusion(100, 0.01, 0.3);

        Assert.Equal(0, curve.Share(0), 10);
        Assert.Equal(1, curve.Share(500), 6);
        Assert.True(curve.Share(10) < curve.Share(20));
    }
}
