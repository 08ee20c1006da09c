using DuckDB.NET.Data;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Forecasting.Storage;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecast;
using ServiceMedical.Analytics.Indicators.ForecastAccuracy;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.Tests;

/// <summary>The national demo, loaded through the real ingest, forecast once with every model.</summary>
public sealed class DemoForecast : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-forecast-").FullName;

    public DemoForecast()
    {
        // The demo up to November 2026, as a fresh clone made it on 1 December 2026.
        (DatabasePath, _) = DemoDatabase.Build(_folder, DemoScale.National, "national", new DateOnly(2026, 11, 1));
        using var connection = Open();
        History = UptakeHistory.Read(connection);
        Results = new UptakeForecasting(UptakeForecasting.AllModels).Run(History);
    }

    public string DatabasePath { get; }

    public IReadOnlyList<UptakeSeries> History { get; }

    public IReadOnlyList<ScopeForecast> Results { get; }

    public DuckDBConnection Open() => new AnalyticsDatabase(new DatabaseOptions { Path = DatabasePath }).Open();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

public sealed class DemoForecastTests(DemoForecast demo) : IClassFixture<DemoForecast>
{
    /// <summary>
    /// The demo's support actions stop in its last month: a feature the trees never learnt from. They answered with
    /// some leaf's rate, 573 signers a month in France where the last year signed 76 (15 276 in a year's time instead
    /// of about 9 300). The trees never forecast a faster month than the series' fastest of the last year.
    /// </summary>
    [Fact]
    public void TheBoostedTrees_NeverForecastAFasterMonthThanTheLastYearsFastest()
    {
        var france = demo.History.Single(s => s.Key == UptakeSeries.National);
        var last = france.Length - 1;
        Assert.Equal(0, france.SupportActions[last]);

        var forecast = new Models.BoostedTreesModel().Train(demo.History, last).Forecast(france, 12);

        var fastest = Enumerable.Range(last - 11, 12).Max(france.New);
        double[] path = [france.Cumulative(last), .. forecast];
        Assert.All(path.Zip(path.Skip(1)), step => Assert.InRange(step.Second - step.First, 0, fastest + 1));
        Assert.InRange(forecast[^1], france.Cumulative(last), france.Cumulative(last) + (12 * (fastest + 1)));
    }

    [Fact]
    public void History_CountsEverySignerOnce_InFranceAndAcrossTheRegions()
    {
        using var connection = demo.Open();
        var contracts = connection.ScalarLong("SELECT count(DISTINCT identifiant_beneficiaire) FROM contrats_assistants_medicaux");
        // Renewals (from 2024) are contracts, not signers.
        Assert.True(connection.ScalarLong("SELECT count(*) FROM contrats_assistants_medicaux") > contracts + 1_000);
        var france = demo.History.Single(s => s.Key == UptakeSeries.National);
        var last = france.Length - 1;

        Assert.Equal(contracts, france.Cumulative(last));
        Assert.Equal(contracts, demo.History.Where(s => s.Scope != UptakeSeries.National && s.BeneficiaryType is null).Sum(s => s.Cumulative(s.Length - 1)));
        // France, then each type: centres and médecins add up to all beneficiaries, signed and eligible.
        var centres = demo.History.Single(s => s.Key == "FR:centre_sante");
        var medecins = demo.History.Single(s => s.Key == "FR:medecin_liberal");
        Assert.Equal(france.Cumulative(last), centres.Cumulative(last) + medecins.Cumulative(last));
        Assert.Equal(france.Eligible(last), centres.Eligible(last) + medecins.Eligible(last));
        Assert.Equal(19 * 3, demo.History.Count);
    }

    [Fact]
    public void ChosenModel_BeatsNaive_Nationally()
    {
        var france = demo.Results.Single(r => r.Scope == UptakeSeries.National && r.BeneficiaryType is null);

        Assert.True(france.Chosen.Mase < 1, $"{france.Chosen.Model}: MASE {france.Chosen.Mase}");
        Assert.Equal(1, france.Accuracy.Single(a => a.Model == "naive").Mase, 10);
        Assert.Equal(france.Accuracy.Min(a => a.Mae), france.Chosen.Mae);
    }

    [Fact]
    public void EightyPercentIntervals_CoverAtLeast80PercentOfTheBacktest_WithoutBeingWideOpen()
    {
        var coverage = demo.Results.Average(r => r.Chosen.Coverage80!.Value);

        // 94 %: the demo's pace changes less than a quarter a year after 2022, less than the intervals assume (docs/forecasts.md).
        Assert.InRange(coverage, 0.80, 0.97);
        Assert.True(demo.Results.Average(r => r.Chosen.Coverage95!.Value) >= coverage);
    }

    [Fact]
    public void EveryForecast_StaysBetweenTodaysCountAndTheEligiblePopulation()
    {
        foreach (var result in demo.Results)
        {
            Assert.Equal(12, result.Points.Count);
            Assert.All(result.Points, p =>
            {
                Assert.InRange(p.Low95, result.LastCumulative, result.Eligible);
                Assert.InRange(p.High95, p.Value, result.Eligible);
            });
            Assert.True(result.Points.Zip(result.Points.Skip(1)).All(pair => pair.First.Value <= pair.Second.Value));
        }
    }

    [Fact]
    public void StoredForecast_IsWhatTheDashboardReads_ForTheUsersScopeOnly()
    {
        using var connection = demo.Open();
        var message = ForecastStore.Retrain(connection).ToString();
        var horizon = DataHorizon.Read(connection);
        var aura = new IndicatorFilter { Geography = GeoScope.ForRegion("84") };

        var rows = ForecastIndicator.Instance.Rows(connection, horizon, UserScope.ForRegion("84"), aura);
        var accuracy = ForecastAccuracyIndicator.Instance.Rows(connection, horizon, UserScope.ForRegion("84"), aura);

        Assert.StartsWith("prévisions de 57 périmètres en ", message, StringComparison.Ordinal);
        var run = new ServiceMedical.Analytics.Indicators.DataStatus.DataStatusQuery(connection).LastForecastRun();
        Assert.Equal((new DateOnly(2026, 11, 1), 12, null, 57), (run!.LastMonth, run.Horizon, run.Problem, run.Series));
        var centres = ForecastIndicator.Instance.Rows(connection, horizon, UserScope.ForRegion("84"), aura with { BeneficiaryType = "centre_sante" });
        Assert.Equal(demo.Results.Single(r => r.Scope == "84" && r.BeneficiaryType == "centre_sante").At(12).Value, centres[^1].Cumulative, 1);
        Assert.True(centres[^1].Eligible < rows[^1].Eligible);
        var expected = demo.Results.Single(r => r.Scope == "84" && r.BeneficiaryType is null);
        Assert.Equal(12, rows.Count(r => r.IsForecast));
        Assert.Equal(expected.LastCumulative, rows.Last(r => !r.IsForecast).Cumulative);
        Assert.Equal(expected.At(12).Value, rows[^1].Cumulative, 1);
        Assert.Equal(expected.Chosen.Model, accuracy[0].Model);
        Assert.True(accuracy[0].Chosen);
        Assert.Equal(5, accuracy.Count);
        Assert.Throws<ScopeAuthorizationException>(() =>
            ForecastIndicator.Instance.Rows(connection, horizon, UserScope.ForRegion("84"), new IndicatorFilter { Geography = GeoScope.ForRegion("11") }));
        Assert.Throws<FilterException>(() =>
            ForecastIndicator.Instance.Rows(connection, horizon, UserScope.National, new IndicatorFilter { Geography = GeoScope.ForDepartment("01") }));
    }
}
