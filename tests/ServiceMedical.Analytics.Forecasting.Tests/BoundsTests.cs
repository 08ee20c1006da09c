using ServiceMedical.Analytics.Forecasting.Evaluation;

namespace ServiceMedical.Analytics.Forecasting.Tests;

public sealed class BoundsTests
{
    [Fact]
    public void Apply_KeepsAForecastBetweenTodayAndTheEligiblePopulation_AndNeverDecreasing()
    {
        Assert.Equal([95, 97, 97, 100, 100], ForecastBounds.Apply([90, 97, 96, 104, double.NaN], current: 95, eligible: 100));
    }

    /// <summary>
    /// Three regions, one nearly saturated (95 of 100 signed, 3 a month until the very end): the drift model would
    /// pass 100 within two months. Whatever model wins, every forecast and interval stays within [95, 100].
    /// </summary>
    [Fact]
    public void Forecasts_OfANearlySaturatedRegion_NeverExceedTheEligible_NorFallBelowToday()
    {
        var series = new[]
        {
            SyntheticSeries.Of("01", 100, t => t < 20 ? 0 : t < 48 ? 3 : (t == 59 ? 11 : 0)),
            SyntheticSeries.Of("02", 5000, t => 20 + (t % 5)),
            SyntheticSeries.Of("03", 2000, t => t / 4.0),
        };
        Assert.Equal(95, series[0].Cumulative(59));

        var results = new UptakeForecasting(UptakeForecasting.AllModels, horizon: 12).Run(series);

        foreach (var result in results)
        {
            foreach (var p in result.Points)
            {
                Assert.InRange(p.Low95, result.LastCumulative, result.Eligible);
                Assert.InRange(p.Low80, p.Low95, p.Value);
                Assert.InRange(p.High80, p.Value, p.High95);
                Assert.InRange(p.High95, result.LastCumulative, result.Eligible);
            }
        }

        Assert.Equal(12, results[0].Points.Count);
        Assert.True(results[0].Points[^1].Value <= 100);
    }

    [Fact]
    public void AHistoryTooShortToBacktest_IsRefusedWithAReason()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new UptakeForecasting(UptakeForecasting.AllModels).Run([SyntheticSeries.Of("01", 100, _ => 1, months: 30)]));

        Assert.Equal("Historique trop court pour prévoir : 30 mois, il en faut au moins 37.", error.Message);
    }
}
