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
    /// potential between the last value and <paramref name="ceiling"/>. For given p and q the best potential is a
    /// linear least-squares solution (then bounded), so only p and q are searched, as logarithms, from several starts.
    /// </summary>
    public static BassDiffusion Fit(IReadOnlyList<double> cumulative, double ceiling)
    {
        var last = cumulative.Count == 0 ? 0 : cumulative[^1];
        ceiling = Math.Max(ceiling, last + 1);
        var floor = Math.Max(last, 1e-9);
        // Relative loss, so that one tolerance suits France and Corsica.
        var norm = Math.Max(1e-9, cumulative.Sum(y => y * y));
        var shares = new double[cumulative.Count];
        BassDiffusion Decode(Vector<double> x)
        {
            var shape = new BassDiffusion(1, Math.Exp(x[0]), Math.Exp(x[1]));
            double cross = 0, square = 0;
            // e^−(p+q)t month after month by one multiplication: the fit's inner loop.
            var step = Math.Exp(-(shape.Innovation + shape.Imitation));
            var ratio = shape.Imitation / shape.Innovation;
            var decay = 1.0;
            for (var i = 0; i < shares.Length; i++)
            {
                decay *= step;
                shares[i] = (1 - decay) / (1 + (ratio * decay));
                cross += shares[i] * cumulative[i];
                square += shares[i] * shares[i];
            }

            return shape with { Potential = Math.Clamp(square == 0 ? ceiling : cross / square, floor, ceiling) };
        }

        double Loss(Vector<double> x)
        {
            var model = Decode(x);
            var sum = 0.0;
            for (var i = 0; i < shares.Length; i++)
            {
                var error = (model.Potential * shares[i]) - cumulative[i];
                sum += error * error;
            }

            return sum / norm;
        }

        var solver = new NelderMeadSimplex(1e-7, 2000);
        var objective = ObjectiveFunction.Value(Loss);
        BassDiffusion? best = null;
        var bestLoss = double.PositiveInfinity;
        foreach (var (p, q) in new[] { (0.002, 0.05), (0.01, 0.2), (0.001, 0.02), (0.02, 0.4) })
        {
            try
            {
                var result = solver.FindMinimum(objective, Vector<double>.Build.Dense([Math.Log(p), Math.Log(q)]));
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
