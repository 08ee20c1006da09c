using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>
/// The Bass diffusion curve: of a potential of <c>M</c> adopters, the share adopted by month t is
/// F(t) = (1 − e^−(p+q)t) / (1 + (q/p)·e^−(p+q)t), with p the innovation (spontaneous) and q the imitation
/// (word of mouth) coefficient. The potential is bounded by the eligible population: a forecast can never
/// exceed it.
/// </summary>
public sealed record BassDiffusion(double Potential, double Innovation, double Imitation)
{
    public double Share(double t)
    {
        var decay = Math.Exp(-(Innovation + Imitation) * t);
        return (1 - decay) / (1 + (Imitation / Innovation * decay));
    }

    public double Cumulative(double t) => Potential * Share(t);

    /// <summary>
    /// Least-squares fit of the cumulative adopters <paramref name="cumulative"/>[i] at month i + 1, with the
    /// potential between the last value and <paramref name="ceiling"/>. The parameters are searched in a
    /// transformed space (logarithms, logistic share) where every point is valid, from several starts.
    /// </summary>
    public static BassDiffusion Fit(IReadOnlyList<double> cumulative, double ceiling)
    {
        var last = cumulative.Count == 0 ? 0 : cumulative[^1];
        ceiling = Math.Max(ceiling, last + 1);
        var floor = Math.Max(last, 1e-9);
        BassDiffusion Decode(Vector<double> x) =>
            new(floor + ((ceiling - floor) / (1 + Math.Exp(-x[0]))), Math.Exp(x[1]), Math.Exp(x[2]));
        double Loss(Vector<double> x)
        {
            var model = Decode(x);
            var sum = 0.0;
            for (var i = 0; i < cumulative.Count; i++)
            {
                var error = model.Cumulative(i + 1) - cumulative[i];
                sum += error * error;
            }

            return sum;
        }

        var solver = new NelderMeadSimplex(1e-10, 4000);
        var objective = ObjectiveFunction.Value(Loss);
        BassDiffusion? best = null;
        var bestLoss = double.PositiveInfinity;
        foreach (var (share, p, q) in new[] { (-2.0, 0.002, 0.05), (0.0, 0.01, 0.2), (2.0, 0.001, 0.02), (-4.0, 0.02, 0.4) })
        {
            try
            {
                var result = solver.FindMinimum(objective, Vector<double>.Build.Dense([share, Math.Log(p), Math.Log(q)]));
                if (result.FunctionInfoAtMinimum.Value < bestLoss)
                {
                    bestLoss = result.FunctionInfoAtMinimum.Value;
                    best = Decode(result.MinimizingPoint);
                }
            }
            catch (MaximumIterationsException)
            {
                // This start did not settle; the others decide.
            }
        }

        return best ?? new BassDiffusion(ceiling, 0.01, 0.1);
    }
}
