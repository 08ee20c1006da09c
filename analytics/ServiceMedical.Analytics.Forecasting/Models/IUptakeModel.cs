using ServiceMedical.Analytics.Forecasting.History;

namespace ServiceMedical.Analytics.Forecasting.Models;

/// <summary>A way of forecasting cumulative uptake: trained on every series up to a month, then asked per series.</summary>
public interface IUptakeModel
{
    /// <summary>Short code, stored and exported (<c>naive</c>, <c>derive</c>, <c>bass</c>, <c>fasttree</c>).</summary>
    string Name { get; }

    /// <summary>The model's name for people, in French.</summary>
    string Label { get; }

    /// <summary>Months of history the model needs to learn from (the backtest's first origin must have them).</summary>
    int MinimumHistory => 1;

    /// <summary>Learns from every series' months 0..<paramref name="origin"/> (inclusive); nothing later is seen.</summary>
    IUptakeForecaster Train(IReadOnlyList<UptakeSeries> all, int origin);
}

/// <summary>A trained model: cumulative uptake of a series for the months after the origin, before bounds.</summary>
public interface IUptakeForecaster
{
    double[] Forecast(UptakeSeries series, int horizon);
}
