using ServiceMedical.Analytics.Forecasting.Evaluation;

namespace ServiceMedical.Analytics.Forecasting.Tests;

/// <summary>Models trained side by side fail as one would alone: the refresh then publishes without forecasts and says why.</summary>
public sealed class FailingModelTests
{
    [Fact]
    public void AModelThatFails_IsAnInvalidOperation_NamingWhy_NotAnAggregate()
    {
        var series = new[] { SyntheticSeries.Of("01", 1000, t => 1 + (t % 3), months: 40) };

        var refused = Assert.Throws<InvalidOperationException>(() =>
            new UptakeForecasting([new Models.NaiveModel(), new Failing(new InvalidOperationException("données dégénérées"))]).Run(series));
        var broken = Assert.Throws<InvalidOperationException>(() =>
            new UptakeForecasting([new Models.NaiveModel(), new Failing(new ArgumentException("rang nul"))]).Run(series));

        Assert.Equal("données dégénérées", refused.Message);
        Assert.Equal("Un modèle de prévision a échoué : rang nul", broken.Message);
    }

    private sealed class Failing(Exception failure) : Models.IUptakeModel
    {
        public string Name => "panne";

        public string Label => "En panne";

        public Models.IUptakeForecaster Train(IReadOnlyList<History.UptakeSeries> all, int origin) => throw failure;
    }
}
