using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>Periods stated relative to the data horizon, and periods cut at it (docs/indicators.md, "Periods").</summary>
public sealed class PeriodTests
{
    private static readonly DateOnly s_monthEnd = new(2026, 11, 30);
    private static readonly DateOnly s_midMonth = new(2026, 11, 15);

    [Theory]
    [InlineData("12m", "2026-11-30", "2025-12-01", "2026-11-30")]
    // A horizon within a month: the last complete month is the one before.
    [InlineData("12m", "2026-11-15", "2025-11-01", "2026-10-31")]
    [InlineData("3m", "2026-11-30", "2026-09-01", "2026-11-30")]
    [InlineData("annee", "2026-11-15", "2026-01-01", "2026-11-15")]
    [InlineData("tout", "2026-11-15", null, "2026-11-15")]
    public void RelativePeriod_IsResolvedAtTheHorizon(string code, string horizon, string? from, string to)
    {
        var period = ReportingPeriod.Of(IndicatorFilter.Parse($"periode={code}"), Day(horizon));

        Assert.Equal((from is null ? null : Day(from), Day(to), false), (period.From, period.To, period.CutAtHorizon));
    }

    [Fact]
    public void Dates_AreCutAtTheHorizon_AndAnOpenEndIsTheHorizon()
    {
        var cut = ReportingPeriod.Of(IndicatorFilter.Parse("from=2026-01-01&to=2026-12-31"), s_midMonth);
        var open = ReportingPeriod.Of(IndicatorFilter.Parse("from=2026-01-01"), s_midMonth);
        var within = ReportingPeriod.Of(IndicatorFilter.Parse("to=2026-06-30"), s_midMonth);
        var after = ReportingPeriod.Of(IndicatorFilter.Parse("from=2026-12-01"), s_midMonth);
        var noData = ReportingPeriod.Of(IndicatorFilter.Parse("from=2026-01-01"), null);

        Assert.Equal((Day("2026-01-01"), s_midMonth, true), (cut.From, cut.To, cut.CutAtHorizon));
        Assert.Equal((s_midMonth, false), (open.To!.Value, open.CutAtHorizon));
        Assert.Equal((null, Day("2026-06-30"), false, false), (within.From, within.To, within.CutAtHorizon, within.IsEmpty));
        Assert.True(after.IsEmpty);
        Assert.True(noData.IsEmpty);
        Assert.Equal("from=2026-01-01&to=2026-11-15", cut.Apply(IndicatorFilter.Parse("from=2026-01-01&to=2026-12-31")).ToQueryString());
        Assert.Equal("region=84&from=2025-12-01&to=2026-11-30",
            ReportingPeriod.Of(IndicatorFilter.Parse("region=84&periode=12m"), s_monthEnd).Apply(IndicatorFilter.Parse("region=84&periode=12m")).ToQueryString());
    }

    [Theory]
    [InlineData("periode=12m&from=2026-01-01", "période relative et dates ne se combinent pas")]
    [InlineData("periode=0m", "période relative hors limites : 0 mois")]
    [InlineData("periode=121m", "période relative hors limites : 121 mois")]
    [InlineData("periode=semaine", "période relative inconnue : « semaine »")]
    [InlineData("from=0001-01-01", "date hors limites pour « from » : « 0001-01-01 »")]
    [InlineData("to=9999-12-31", "date hors limites pour « to » : « 9999-12-31 »")]
    public void BadPeriod_IsRefused_SayingWhy(string query, string message)
    {
        var error = Assert.Throws<FilterException>(() => IndicatorFilter.Parse(query));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("periode=12m")]
    [InlineData("region=84&periode=annee&beneficiary=centre_sante")]
    [InlineData("periode=tout&by=year")]
    public void RelativePeriod_RoundTripsThroughTheQueryString(string query)
    {
        Assert.Equal(query, IndicatorFilter.Parse(query).ToQueryString());
    }

    [Fact]
    public void KeyFigures_CompareWithThePreviousPeriodOfTheSameLength()
    {
        // Twelve whole months against the twelve before; 45 days against the 45 before; from the first data, nothing.
        Assert.Equal(new KeyFigurePeriods(Day("2025-12-01"), s_monthEnd, Day("2024-12-01"), Day("2025-11-30")), KeyFigurePeriods.For(Day("2025-12-01"), s_monthEnd));
        Assert.Equal(new KeyFigurePeriods(Day("2026-02-01"), Day("2026-02-28"), Day("2026-01-01"), Day("2026-01-31")), KeyFigurePeriods.For(Day("2026-02-01"), Day("2026-02-28")));
        Assert.Equal(new KeyFigurePeriods(Day("2026-10-02"), s_midMonth, Day("2026-08-18"), Day("2026-10-01")), KeyFigurePeriods.For(Day("2026-10-02"), s_midMonth));
        Assert.Equal(new KeyFigurePeriods(null, s_midMonth, null, null), KeyFigurePeriods.For(null, s_midMonth));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
