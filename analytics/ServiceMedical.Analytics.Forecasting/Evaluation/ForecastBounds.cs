namespace ServiceMedical.Analytics.Forecasting.Evaluation;

/// <summary>What any forecast of cumulative uptake must respect: never below today's count, never above the eligible population, never decreasing.</summary>
public static class ForecastBounds
{
    public static double[] Apply(IEnumerable<double> values, double current, double eligible)
    {
        var ceiling = Math.Max(current, eligible);
        var floor = current;
        return [.. values.Select(v =>
        {
            floor = Math.Clamp(double.IsFinite(v) ? v : floor, floor, ceiling);
            return floor;
        })];
    }

    public static double Clamp(double value, double current, double eligible) => Math.Clamp(value, current, Math.Max(current, eligible));
}
