namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>
/// What the boosted trees see of a month, scale-free so that France and the smallest region train one model:
/// recent signing rates (of those not yet signed), the share already signed, the time since the scheme opened,
/// the calendar month ahead, support actions per remaining eligible, and the mix of beneficiary types.
/// </summary>
internal static class UptakeFeatures
{
    public const int Count = 11;

    /// <summary>The features of month t from the series' arrays (observed, or extended with forecasts).</summary>
    public static float[] Of(MonthArrays a, int t, DateOnly monthAhead)
    {
        double Mean(int from, int to) => Enumerable.Range(from, to - from + 1).Average(i => Rate(a, i));
        var remaining = Math.Max(1, a.Eligible[t] - a.Cumulative[t]);
        return
        [
            (float)Rate(a, t),
            (float)Rate(a, t - 1),
            (float)Rate(a, t - 2),
            (float)Mean(t - 5, t),
            (float)Mean(t - 11, t),
            (float)(a.Cumulative[t] / Math.Max(1, a.Eligible[t])),
            t,
            monthAhead.Month,
            (float)(a.Support[t] / remaining),
            (float)(t > 0 ? a.Support[t - 1] / remaining : 0),
            (float)(a.EligibleCentres[t] / Math.Max(1, a.Eligible[t])),
        ];
    }

    /// <summary>The share of those not yet signed at the start of month <paramref name="i"/> who signed in it (0 before the first month).</summary>
    public static double Rate(MonthArrays a, int i) => i < 0 ? 0 : a.New[i] / Math.Max(1, a.Eligible[i] - a.Cumulative[i] + a.New[i]);

    /// <summary>The target: the share of the remaining eligible that signs in month t + 1.</summary>
    public static float Label(MonthArrays a, int t) => (float)(a.New[t + 1] / Math.Max(1, a.Eligible[t] - a.Cumulative[t]));
}

/// <summary>A series' monthly values as growable arrays: observed up to the origin, then extended by the forecast.</summary>
internal sealed class MonthArrays
{
    public List<double> New { get; } = [];
    public List<double> Cumulative { get; } = [];
    public List<double> Eligible { get; } = [];
    public List<double> EligibleCentres { get; } = [];
    public List<double> Support { get; } = [];

    public static MonthArrays Observed(History.UptakeSeries series, int origin)
    {
        var arrays = new MonthArrays();
        for (var t = 0; t <= origin; t++)
        {
            arrays.New.Add(series.New(t));
            arrays.Cumulative.Add(series.Cumulative(t));
            arrays.Eligible.Add(series.Eligible(t));
            arrays.EligibleCentres.Add(series.EligibleCentres[t]);
            arrays.Support.Add(series.SupportActions[t]);
        }

        return arrays;
    }

    /// <summary>One more month: the eligible population stays at its last snapshot, support at its recent average.</summary>
    public void Extend(double signed)
    {
        New.Add(signed);
        Cumulative.Add(Cumulative[^1] + signed);
        Eligible.Add(Eligible[^1]);
        EligibleCentres.Add(EligibleCentres[^1]);
        Support.Add(Support.TakeLast(6).Average());
    }
}
