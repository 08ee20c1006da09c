using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Tests;

/// <summary>Small hand-made series: monthly signings given, eligible population fixed.</summary>
public static class SyntheticSeries
{
    public static UptakeSeries Of(string scope, double eligible, Func<int, double> signings, int months = 60)
    {
        var dates = Enumerable.Range(0, months).Select(i => new DateOnly(2019, 7, 1).AddMonths(i)).ToList();
        return new UptakeSeries(scope, scope, dates,
            [.. Enumerable.Range(0, months).Select(_ => 0.0)], [.. Enumerable.Range(0, months).Select(signings)],
            [.. Enumerable.Range(0, months).Select(_ => 0.0)], [.. Enumerable.Range(0, months).Select(_ => eligible)],
            [.. Enumerable.Range(0, months).Select(i => (double)(i % 7))]);
    }
}
