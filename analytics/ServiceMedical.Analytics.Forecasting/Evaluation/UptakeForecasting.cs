using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Forecasting.Models;

namespace ServiceMedical.Analytics.Forecasting.Evaluation;

/// <summary>
/// Forecasts every scope's cumulative uptake: a rolling-origin backtest over the last months (each origin
/// trains on what was known then, and forecasts up to the horizon), accuracy per model and scope, the best
/// model per scope, and intervals from the backtest's errors.
/// <para>
/// Errors are scaled by the square root of the scope's average monthly signings, so that France and the smallest region share
/// one distribution per horizon; its quantiles make the intervals, widened by each series' past changes of pace
/// (<see cref="Widened"/>; docs/forecasts.md). Coverage is measured honestly: intervals
/// built from the first half of the origins, checked on the second half.
/// </para>
/// </summary>
public sealed class UptakeForecasting(IReadOnlyList<IUptakeModel> models, int horizon = 12, int window = 24)
{
    private static readonly double[] s_levels = [0.025, 0.10, 0.90, 0.975];

    public static IReadOnlyList<IUptakeModel> AllModels { get; } = [new NaiveModel(), new DriftModel(), new DampedTrendModel(), new BassModel(), new BoostedTreesModel()];

    public int Horizon => horizon;

    /// <summary>The shortest history forecast: a year of months (the backtest then has six origins, and wider intervals).</summary>
    public const int MinimumHistory = 12;

    /// <summary>Months a model learns from at the backtest's first origin, at least.</summary>
    private const int FirstTraining = 6;

    /// <summary>
    /// How many monthly origins the backtest of a history of <paramref name="historyMonths"/> has: the last
    /// <paramref name="window"/> months, each leaving at least six months to learn from (6 for a year of history).
    /// </summary>
    public static int BacktestOrigins(int historyMonths, int window = 24) => Math.Clamp(historyMonths - FirstTraining, 0, window);

    public IReadOnlyList<ScopeForecast> Run(IReadOnlyList<UptakeSeries> all)
    {
        var length = all.Count == 0 ? 0 : all[0].Length;
        if (length < MinimumHistory)
        {
            throw new InvalidOperationException($"Historique trop court pour prévoir : {length} mois, il en faut au moins {MinimumHistory}.");
        }

        var last = length - 1;
        // The last `window` months are origins, each leaving at least FirstTraining months to learn from; a model that
        // needs more history than the first origin has (the boosted trees) sits out.
        var origins = Enumerable.Range(last - BacktestOrigins(length, window), BacktestOrigins(length, window)).ToList();
        var first = origins[0];
        var usable = models.Where(m => m.MinimumHistory <= first + 1).ToList();
        if (usable.Count == 0)
        {
            // A model needing m months learns from the first origin once the history has m + window months.
            throw new InvalidOperationException($"Historique trop court pour ces modèles : {length} mois, il leur en faut au moins {models.Min(m => m.MinimumHistory) + window}.");
        }

        var errors = Unwrapped(() => Backtest(usable, all, origins));
        var scales = all.ToDictionary(s => s.Key, s => Scale(s, origins[0]));
        var calibration = origins.Take(origins.Count / 2).ToHashSet();
        // Per model, once: intervals from the first half of the origins (to measure coverage), and from all of them (to forecast).
        var widening = ShortBacktestWidening(origins.Count, window);
        // A series that never signed is forecast without error by every model: it says nothing of uncertainty, and
        // would narrow everyone's intervals (most of a young scheme's regional series).
        var signing = all.Where(s => s.Cumulative(last) > 0).Select(s => s.Key).ToHashSet();
        var informative = signing.Count == 0 ? errors : [.. errors.Where(e => signing.Contains(e.Key))];
        var calibrated = usable.ToDictionary(m => m.Name, m => Quantiles([.. informative.Where(e => e.Model == m.Name && calibration.Contains(e.Origin))], scales, widening));
        var final = usable.ToDictionary(m => m.Name, m => Quantiles([.. informative.Where(e => e.Model == m.Name)], scales, widening));
        var bySeries = errors.ToLookup(e => (e.Model, e.Key));
        var byPoint = errors.ToLookup(e => (e.Key, e.Origin, e.Horizon));
        var results = new List<ScopeForecast>();
        var trained = Unwrapped(() => usable.AsParallel().AsOrdered().Select(m => (m.Name, Forecaster: m.Train(all, last))).ToDictionary(t => t.Name, t => t.Forecaster));
        foreach (var series in all)
        {
            var scores = usable.Select(m => Score(m, [.. bySeries[(m.Name, series.Key)]], [.. bySeries[("naive", series.Key)]])).ToList();
            // The methods that beat naive on this series: where they disagree, nobody knows better (Disagreement).
            var credible = scores.Where(a => a.Model != "naive" && a.Mase < 1).Select(a => a.Model).ToHashSet();
            var best = scores.OrderBy(a => a.Mae).ThenBy(a => a.Model == "naive" ? 1 : 0).First();
            var accuracy = scores.Select(a =>
            {
                var judged = bySeries[(a.Model, series.Key)].Where(e => !calibration.Contains(e.Origin)).ToList();
                double Others(BacktestError e) => Disagreement(e.Forecast, byPoint[(e.Key, e.Origin, e.Horizon)].Where(o => o.Model != a.Model && credible.Contains(o.Model)).Select(o => o.Forecast));
                return a with
                {
                    Chosen = a.Model == best.Model,
                    Coverage80 = Coverage(series, judged, calibrated[a.Model], scales, Others, 0),
                    Coverage95 = Coverage(series, judged, calibrated[a.Model], scales, Others, 1),
                };
            }).ToList();
            var forecasts = usable.Where(m => m.Name == best.Model || credible.Contains(m.Name)).ToDictionary(m => m.Name,
                m => ForecastBounds.Apply(trained[m.Name].Forecast(series, horizon), series.Cumulative(last), series.Eligible(last)));
            var values = forecasts[best.Model];
            var quantiles = final[best.Model];
            var scale = scales[series.Key];
            var spread = PaceSpread(series, last);
            var points = Nondecreasing(values.Select((v, i) => Point(series, last, i + 1, v,
                Widened(QuantilesAt(quantiles, i + 1), scale, spread, i + 1, Disagreement(v, forecasts.Where(f => f.Key != best.Model).Select(f => f.Value[i]))), 1)));
            results.Add(new ScopeForecast(series.Scope, series.Name, series.Months[last], series.Cumulative(last), series.Eligible(last), accuracy, points)
            {
                BeneficiaryType = series.BeneficiaryType,
                HistoryMonths = length,
                BacktestOrigins = origins.Count,
            });
        }

        return results;
    }

    /// <summary>
    /// What models run side by side throw, as one of them would alone: the callers (the refresh, the command line) say
    /// « no forecast, because… » on an <see cref="InvalidOperationException"/> and publish the rest.
    /// </summary>
    private static T Unwrapped<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions[0];
            throw first as InvalidOperationException ?? new InvalidOperationException($"Un modèle de prévision a échoué : {first.Message}", first);
        }
    }

    /// <summary>
    /// How far the other credible methods' forecasts are from <paramref name="forecast"/>: their root mean square
    /// difference (0 without any). Methods that did as well in the past but disagree about the future are an
    /// uncertainty the backtest's errors of one method do not show.
    /// </summary>
    internal static double Disagreement(double forecast, IEnumerable<double> others)
    {
        var differences = others.Select(o => (o - forecast) * (o - forecast)).ToList();
        return differences.Count == 0 ? 0 : Math.Sqrt(differences.Average());
    }

    /// <summary>The backtest's errors: every model, origin, series and horizon with a known outcome.</summary>
    internal List<BacktestError> Backtest(IReadOnlyList<IUptakeModel> usable, IReadOnlyList<UptakeSeries> all, IReadOnlyList<int> origins)
    {
        var last = all[0].Length - 1;
        var runs = usable.SelectMany(m => origins.Select(o => (Model: m, Origin: o))).ToList();
        var errors = new List<BacktestError>[runs.Count];
        // Every (model, origin) trains on its own: they run side by side, and are gathered back in order.
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (model, origin) = runs[i];
            var forecaster = model.Train(all, origin);
            var steps = Math.Min(horizon, last - origin);
            var mine = new List<BacktestError>(all.Count * steps);
            foreach (var series in all)
            {
                var forecast = ForecastBounds.Apply(forecaster.Forecast(series, steps), series.Cumulative(origin), series.Eligible(origin));
                for (var h = 1; h <= steps; h++)
                {
                    mine.Add(new BacktestError(model.Name, series.Key, origin, h, forecast[h - 1], series.Cumulative(origin + h)));
                }
            }

            errors[i] = mine;
        });
        return [.. errors.SelectMany(e => e)];
    }

    /// <summary>A model's accuracy on one series, from its backtest errors and the naive model's on the same series (coverage comes after).</summary>
    private static ModelAccuracy Score(IUptakeModel model, List<BacktestError> mine, List<BacktestError> naive)
    {
        var mae = mine.Average(e => Math.Abs(e.Error));
        var naiveMae = naive.Count == 0 ? 0 : naive.Average(e => Math.Abs(e.Error));
        var mase = naiveMae == 0 ? (mae == 0 ? 1 : double.PositiveInfinity) : mae / naiveMae;
        return new ModelAccuracy(model.Name, model.Label, mae, mase, null, null, false);
    }

    private static double? Coverage(UptakeSeries series, List<BacktestError> errors, Dictionary<int, double[]> quantiles, Dictionary<string, double> scales,
        Func<BacktestError, double> disagreement, int level)
    {
        var judged = errors.Where(e => quantiles.ContainsKey(e.Horizon)).ToList();
        if (judged.Count == 0)
        {
            return null;
        }

        return judged.Count(e =>
        {
            // The pace's spread and the methods' disagreement as known at the origin: the interval the forecast had then.
            var q = Widened(quantiles[e.Horizon], scales[e.Key], PaceSpread(series, e.Origin), e.Horizon, disagreement(e));
            return level == 0 ? e.Error >= q[1] && e.Error <= q[2] : e.Error >= q[0] && e.Error <= q[3];
        }) / (double)judged.Count;
    }

    private static readonly double[] s_normal = [-1.96, -1.2816, 1.2816, 1.96];

    /// <summary>
    /// The error quantiles in signers at a horizon: the shared scaled quantiles times the series' scale, each widened
    /// (in quadrature) by what a change of pace like the series' past ones would add up to over the horizon.
    /// </summary>
    internal static double[] Widened(double[] scaled, double scale, double paceSpread, int horizon, double disagreement = 0)
    {
        var drift = paceSpread * PaceChangeFactor(horizon);
        // The methods' disagreement counts in full from two years ahead: nearer, the chosen method's own backtest errors
        // already measure how wrong a method can be.
        var disputed = disagreement * Math.Min(1, horizon / 24.0);
        var unknown = Math.Sqrt((drift * drift) + (disputed * disputed));
        return [.. scaled.Select((q, i) =>
        {
            var shared = q * scale;
            var extra = s_normal[i] * unknown;
            return shared + (Math.Sign(extra) * (Math.Sqrt((shared * shared) + (extra * extra)) - Math.Abs(shared)));
        })];
    }

    /// <summary>
    /// What a change of the yearly pace by one signer a month adds up to over <paramref name="horizon"/> months, in
    /// standard deviations. Each year ahead may sign at a pace that differs from the year before's by a change of
    /// spread σ (what <see cref="PaceSpread"/> measures), independently: the first year's change weighs on every month
    /// ahead, the second's on the months after the first twelve, and so on — √(Σ (h − 12(j − 1))², j = 1 … ⌈h/12⌉):
    /// 12 at a year, 26.8 at two, 44.9 at three.
    /// </summary>
    internal static double PaceChangeFactor(int horizon) =>
        Math.Sqrt(Enumerable.Range(0, (horizon + 11) / 12).Sum(j => Math.Pow(horizon - (12.0 * j), 2)));

    /// <summary>
    /// How much a yearly pace of signings may change from one year to the next, at least, as a share of the pace: a
    /// quarter. The national pace changed by about −10 %, +17 %, +45 % and −26 % a year from 2020 to 2024 (public CNAM
    /// figures: 130 signers at the end of 2019, 1,545 in January 2021, 3,112 in May 2022, about 4,000 at the end of 2022,
    /// about 6,000 at the end of 2023, 7,240 at the end of October 2024), a root mean square of 28 %. A series' own
    /// three years cannot show a change it has not lived yet: up to 2022 the national pace looked steady.
    /// </summary>
    internal const double LeastPaceChange = 0.25;

    /// <summary>
    /// The spread σ of next year's pace around the last year's, in signers a month: what the series' own past changes
    /// say (<see cref="ObservedPaceSpread"/>), and never less than <see cref="LeastPaceChange"/> of its last 12 months' pace.
    /// </summary>
    internal static double PaceSpread(UptakeSeries series, int origin)
    {
        var months = Math.Min(12, origin + 1);
        var pace = (series.Cumulative(origin) - (origin >= months ? series.Cumulative(origin - months) : 0)) / months;
        return Math.Max(ObservedPaceSpread(series, origin), LeastPaceChange * pace);
    }

    /// <summary>
    /// How much the series' monthly pace has changed from one year to the next over the last three years up to
    /// <paramref name="origin"/> (root mean square, in signers a month); 0 with less than two years of history. Signings
    /// are counts: two yearly paces differ by chance alone with a variance of (pace + pace a year before) / 12, which
    /// the backtest's errors already carry; only the change beyond chance is kept.
    /// </summary>
    internal static double ObservedPaceSpread(UptakeSeries series, int origin)
    {
        double Pace(int end) => (series.Cumulative(end) - series.Cumulative(end - 12)) / 12;
        var changes = Enumerable.Range(Math.Max(24, origin - 35), Math.Max(0, origin - Math.Max(24, origin - 35) + 1))
            .Select(t => (Change: Pace(t) - Pace(t - 12), Chance: (Pace(t) + Pace(t - 12)) / 12)).ToList();
        return changes.Count == 0 ? 0 : Math.Sqrt(Math.Max(0, changes.Average(c => (c.Change * c.Change) - c.Chance)));
    }

    /// <summary>Per horizon, the 2.5 %, 10 %, 90 % and 97.5 % quantiles of the scaled errors (actual − forecast), times <paramref name="widening"/>.</summary>
    private static Dictionary<int, double[]> Quantiles(List<BacktestError> errors, Dictionary<string, double> scales, double widening) =>
        errors.GroupBy(e => e.Horizon).ToDictionary(g => g.Key, g =>
        {
            var scaled = g.Select(e => e.Error / scales[e.Key]).ToArray();
            return s_levels.Select(p => widening * MathNet.Numerics.Statistics.Statistics.Quantile(scaled, p)).ToArray();
        });

    /// <summary>
    /// How much wider the intervals of a backtest with fewer origins than its window (24) are: √(window / origins), 2 for
    /// the six origins of a 12-month history. Errors of nearby origins share their months, so that a short backtest measures
    /// few independent errors: its quantiles are less sure, and the interval says so.
    /// </summary>
    internal static double ShortBacktestWidening(int origins, int window = 24) => Math.Sqrt(Math.Max(1.0, (double)window / Math.Max(1, origins)));

    /// <summary>
    /// The quantiles of the scaled errors at <paramref name="horizon"/> months. The backtest measures up to its window
    /// (24 months); beyond, the widest measured quantiles grow in proportion to the horizon, as the error of a pace
    /// carried forward does (an error of the monthly pace adds up month after month).
    /// </summary>
    internal static double[] QuantilesAt(Dictionary<int, double[]> quantiles, int horizon)
    {
        if (quantiles.TryGetValue(horizon, out var measured))
        {
            return measured;
        }

        var widest = quantiles.Keys.Where(h => h < horizon).DefaultIfEmpty(0).Max();
        if (widest == 0)
        {
            throw new InvalidOperationException($"Aucune erreur mesurée jusqu'à {horizon} mois : le backtest n'a rien donné.");
        }

        return [.. quantiles[widest].Select(q => q * horizon / widest)];
    }

    /// <summary>
    /// Bounds that never fall from one month to the next: a cumulative count never decreases, so that whatever it
    /// will be in two years is at least what it will be in one, and so are the quantiles of it.
    /// </summary>
    internal static List<ForecastPoint> Nondecreasing(IEnumerable<ForecastPoint> points)
    {
        var result = new List<ForecastPoint>();
        foreach (var p in points)
        {
            result.Add(result.Count == 0 ? p : p with
            {
                Low80 = Math.Max(p.Low80, result[^1].Low80),
                High80 = Math.Max(p.High80, result[^1].High80),
                Low95 = Math.Max(p.Low95, result[^1].Low95),
                High95 = Math.Max(p.High95, result[^1].High95),
            });
        }

        return result;
    }

    private static ForecastPoint Point(UptakeSeries series, int last, int h, double value, double[] q, double scale)
    {
        var current = series.Cumulative(last);
        var eligible = series.Eligible(last);
        double At(double quantile) => ForecastBounds.Clamp(value + (quantile * scale), current, eligible);
        return new ForecastPoint(series.Months[last].AddMonths(h), value, At(q[1]), At(q[2]), At(q[0]), At(q[3]));
    }

    /// <summary>
    /// The scale of a scope's errors: the square root of its average monthly signings before the backtest (at
    /// least one). Signings are counts, whose noise grows as the square root of their level, so that France and
    /// Corsica share one distribution of scaled errors.
    /// </summary>
    private static double Scale(UptakeSeries series, int firstOrigin) =>
        Math.Sqrt(Math.Max(1, series.Cumulative(firstOrigin) / (firstOrigin + 1)));
}

/// <summary>One backtest forecast against what happened: model, series (<see cref="UptakeSeries.Key"/>), origin month index, horizon in months.</summary>
internal sealed record BacktestError(string Model, string Key, int Origin, int Horizon, double Forecast, double Actual)
{
    public double Error => Actual - Forecast;
}
