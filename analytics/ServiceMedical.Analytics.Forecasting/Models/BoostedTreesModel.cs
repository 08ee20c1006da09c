using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>
/// Microsoft.ML boosted regression trees (FastTree), one model learnt across France and every region on
/// scale-free features (<see cref="UptakeFeatures"/>): it predicts next month's signing rate among those not
/// yet signed, and the forecast runs month by month on its own predictions.
/// </summary>
public sealed class BoostedTreesModel : IUptakeModel
{
    /// <summary>Months of history a training example needs (its yearly mean).</summary>
    private const int Warmup = 11;

    public string Name => "fasttree";

    public string Label => "Apprentissage automatique (arbres de décision)";

    /// <summary>Two years: a year of examples, each with its yearly mean behind it.</summary>
    public int MinimumHistory => 24;

    public IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin)
    {
        var examples = new List<Example>();
        foreach (var series in all)
        {
            var arrays = MonthArrays.Observed(series, origin);
            for (var t = Warmup; t < origin; t++)
            {
                examples.Add(new Example { Features = UptakeFeatures.Of(arrays, t, series.Months[t + 1]), Label = UptakeFeatures.Label(arrays, t) });
            }
        }

        var ml = new MLContext(seed: 7);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 60,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            // One thread: the same data give the same trees.
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(examples));
        return new Forecaster(ml.Model.CreatePredictionEngine<Example, Prediction>(model), origin);
    }

    private sealed class Forecaster(PredictionEngine<Example, Prediction> engine, int origin) : IUptakeForecaster
    {
        public double[] Forecast(UptakeSeries series, int horizon)
        {
            var arrays = MonthArrays.Observed(series, origin);
            // Trees answer anything outside what they learnt (a month without any support action, say) with some leaf's
            // value: never a faster month than the series' fastest of the last year.
            var fastest = Enumerable.Range(Math.Max(0, origin - 11), Math.Min(12, origin + 1)).Max(t => UptakeFeatures.Rate(arrays, t));
            var forecast = new double[horizon];
            for (var k = 0; k < horizon; k++)
            {
                var t = origin + k;
                var monthAhead = series.Months[origin].AddMonths(k + 1);
                var rate = Math.Clamp(engine.Predict(new Example { Features = UptakeFeatures.Of(arrays, t, monthAhead) }).Score, 0, fastest);
                var remaining = Math.Max(0, arrays.Eligible[t] - arrays.Cumulative[t]);
                arrays.Extend(Math.Min(remaining, rate * remaining));
                forecast[k] = arrays.Cumulative[^1];
            }

            return forecast;
        }
    }

    private sealed class Example
    {
        [VectorType(UptakeFeatures.Count)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }
}
