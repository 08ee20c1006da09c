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
            new UptakeForecasting(UptakeForecasting.AllModels).Run([SyntheticSeries.Of("01", 100, _ => 1, months: 11)]));

        Assert.Equal("Historique trop court pour prévoir : 11 mois, il en faut au moins 12.", error.Message);
        // The boosted trees alone learn two years before the first of the 24 origins: 48 months, 47 are not enough.
        var trees = Assert.Throws<InvalidOperationException>(() =>
            new UptakeForecasting([new Models.BoostedTreesModel()]).Run([SyntheticSeries.Of("01", 100, _ => 1, months: 47)]));
        Assert.Equal("Historique trop court pour ces modèles : 47 mois, il leur en faut au moins 48.", trees.Message);
        Assert.Single(new UptakeForecasting([new Models.BoostedTreesModel()]).Run([SyntheticSeries.Of("01", 1000, t => 1 + (t % 3), months: 48)]));
    }

    /// <summary>
    /// A year of history (a scheme opened in September 2019 forecast in September 2020): six backtest origins (months 6
    /// to 11 learnt from), the boosted trees sitting out (they need two years), every horizon to 36 forecast, and
    /// intervals twice as wide as the same errors would give with 24 origins (√(24 / 6)).
    /// </summary>
    [Fact]
    public void AYearOfHistory_IsForecast_WithFewerOriginsAndWiderIntervals()
    {
        var series = new[] { SyntheticSeries.Of("01", 1_000_000, t => 40 + (13 * t % 17), months: 12), SyntheticSeries.Of("02", 1_000_000, t => 20 + (7 * t % 11), months: 12) };

        var results = new UptakeForecasting(UptakeForecasting.AllModels, horizon: 36).Run(series);

        Assert.All(results, r =>
        {
            Assert.Equal(12, r.HistoryMonths);
            Assert.Equal(6, r.BacktestOrigins);
            Assert.DoesNotContain(r.Accuracy, a => a.Model == "fasttree");
            Assert.Equal(36, r.Points.Count);
            Assert.All(r.Points, p => Assert.True(p.Low95 <= p.Low80 && p.Low80 <= p.Value && p.Value <= p.High80 && p.High80 <= p.High95));
            Assert.True(r.At(36).High80 - r.At(36).Low80 > r.At(6).High80 - r.At(6).Low80);
        });
        Assert.Equal((6, 18, 24, 24), (UptakeForecasting.BacktestOrigins(12), UptakeForecasting.BacktestOrigins(24), UptakeForecasting.BacktestOrigins(30), UptakeForecasting.BacktestOrigins(87)));
        Assert.Equal(2, UptakeForecasting.ShortBacktestWidening(6), 12);
        Assert.Equal(1, UptakeForecasting.ShortBacktestWidening(24), 12);
    }

    [Fact]
    public void BeyondTheBacktestedHorizons_TheIntervalsWidenInProportionToTheHorizon()
    {
        var measured = new Dictionary<int, double[]> { [1] = [-1, -0.5, 0.5, 1], [24] = [-4, -2, 2, 4] };

        Assert.Equal([-4, -2, 2, 4], UptakeForecasting.QuantilesAt(measured, 24));
        Assert.Equal([-6, -3, 3, 6], UptakeForecasting.QuantilesAt(measured, 36));
        Assert.Equal([-1.25, -0.625, 0.625, 1.25], UptakeForecasting.QuantilesAt(new Dictionary<int, double[]> { [4] = [-1, -0.5, 0.5, 1] }, 5));
    }

    [Fact]
    public void EveryHorizonFrom1To36_IsForecast_WideningBeyondTheBacktestedOnes()
    {
        // A noisy pace far from saturation: no bound clamps the intervals.
        var series = new[] { SyntheticSeries.Of("01", 1_000_000, t => 40 + (13 * t % 17)), SyntheticSeries.Of("02", 1_000_000, t => 20 + (7 * t % 11)) };

        var results = new UptakeForecasting([new Models.NaiveModel(), new Models.DriftModel()], horizon: 36).Run(series);

        foreach (var result in results)
        {
            Assert.Equal(36, result.Points.Count);
            var widths = result.Points.Select(p => p.High80 - p.Low80).ToList();
            // The shared part grows as 36 / 24, the pace's part as 44.9 / 26.8 (yearly changes adding up): together at least as 36 / 24.
            Assert.True(widths[35] >= (widths[23] * 36 / 24) - 1e-9, $"{widths[23]} then {widths[35]}");
        }
    }

    [Fact]
    public void AnIntervalWidens_ByWhatTheSeriesPastChangesOfPaceWouldAddUp()
    {
        // 10 signings a month for three years, then 22: the pace rose once, by 12 a month.
        var steady = SyntheticSeries.Of("01", 1_000_000, _ => 10);
        var stepped = SyntheticSeries.Of("02", 1_000_000, t => t < 36 ? 10 : 22);

        Assert.Equal(0, UptakeForecasting.ObservedPaceSpread(steady, 59));
        // Months 24–59: pace over the 12 months ending t minus the pace a year before. For t in 36–47 the change
        // grows 1, 2 … 12; for t in 48–59 it falls 11 … 0; before 36 it is 0: Σ k², k=1..12 + Σ k², k=0..11 = 1 156.
        // Chance alone, (pace + pace a year before) / 12: 20/12 twelve times, (20 + k)/12 and (32 + k)/12 for k = 1..12:
        // (240 + 318 + 462) / 12 = 85. √((1 156 − 85) / 36).
        var expected = Math.Sqrt((1156 - 85) / 36.0);
        Assert.Equal(expected, UptakeForecasting.ObservedPaceSpread(stepped, 59), 9);
        // Never less than a quarter of the last year's pace: 2.5 for 10 a month, 5.5 for 22 (above the observed 5.45).
        Assert.Equal(2.5, UptakeForecasting.PaceSpread(steady, 59), 9);
        Assert.Equal(5.5, UptakeForecasting.PaceSpread(stepped, 59), 9);
        // Less than a year of history: the pace since the first month, 5 signers in 5 months.
        Assert.Equal(0.25, UptakeForecasting.PaceSpread(SyntheticSeries.Of("03", 1_000, _ => 1, months: 5), 4), 9);

        // No spread: the shared quantiles times the scale. No shared error: ± z × the pace's change added up over h months.
        Assert.Equal([-6, -3, 3, 6], UptakeForecasting.Widened([-2, -1, 1, 2], 3, 0, 12));
        // A year ahead, a change of the yearly pace by σ = 2 weighs on all twelve months: 24 signers.
        var drift = 2.0 * 12;
        Assert.Equal([-1.96 * drift, -1.2816 * drift, 1.2816 * drift, 1.96 * drift], UptakeForecasting.Widened([0, 0, 0, 0], 3, 2, 12));
        // Both: in quadrature, never narrower than either.
        Assert.Equal(-Math.Sqrt(36 + Math.Pow(1.96 * drift, 2)), UptakeForecasting.Widened([-2, -1, 1, 2], 3, 2, 12)[0], 9);
    }

    /// <summary>A lower bound that would fall from 8 812 to 8 510 between one and two years ahead stays at 8 812.</summary>
    [Fact]
    public void IntervalBounds_NeverFallFromOneMonthToTheNext()
    {
        var month = new DateOnly(2027, 11, 1);
        List<ForecastPoint> points = [new(month, 9081, 8812, 9355, 8669, 9498), new(month.AddMonths(1), 9598, 8510, 10689, 8394, 11259)];

        var bounded = UptakeForecasting.Nondecreasing(points);

        Assert.Equal(new ForecastPoint(month.AddMonths(1), 9598, 8812, 10689, 8669, 11259), bounded[1]);
        Assert.Equal(points[0], bounded[0]);
    }

    /// <summary>
    /// Each year ahead may change pace independently: the first year's change weighs on every month, the second's on the
    /// months after the twelfth. √(24² + 12²) = 26.83 at two years, √(36² + 24² + 12²) = 44.90 at three.
    /// </summary>
    [Fact]
    public void APaceChange_AddsUpYearByYear()
    {
        int[] horizons = [1, 6, 12, 13, 24, 36];
        Assert.Equal([1, 6, 12, Math.Sqrt(13 * 13 + 1), Math.Sqrt(720), Math.Sqrt(36 * 36 + 24 * 24 + 144)], horizons.Select(UptakeForecasting.PaceChangeFactor));
    }

    /// <summary>
    /// Two other credible methods forecast 7 and 13 where the chosen one says 10: they disagree by 3 (root mean square).
    /// The disagreement counts in proportion to the horizon up to two years: half of it at 12 months, all of it at 24 and after.
    /// </summary>
    [Fact]
    public void TheMethodsDisagreement_WidensTheIntervals_InFullFromTwoYearsAhead()
    {
        Assert.Equal(3, UptakeForecasting.Disagreement(10, [7, 13]), 12);
        Assert.Equal(0, UptakeForecasting.Disagreement(10, []));

        Assert.Equal([-1.96 * 6, -1.2816 * 6, 1.2816 * 6, 1.96 * 6], UptakeForecasting.Widened([0, 0, 0, 0], 1, 0, 12, disagreement: 12));
        Assert.Equal([-1.96 * 12, -1.2816 * 12, 1.2816 * 12, 1.96 * 12], UptakeForecasting.Widened([0, 0, 0, 0], 1, 0, 30, disagreement: 12));
    }
}
