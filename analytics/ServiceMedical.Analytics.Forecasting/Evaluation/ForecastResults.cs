namespace ServiceMedical.Analytics.Forecasting.Evaluation;

/// <summary>
/// How well a model did in the rolling-origin backtest of a scope: mean absolute error (in beneficiaries),
/// MASE (that error over the naive forecast's on the same origins and horizons: below 1 beats naive), and how
/// often the actual value fell inside its 80 % and 95 % intervals (measured on the later origins, with
/// intervals built from the earlier ones only).
/// </summary>
public sealed record ModelAccuracy(string Model, string Label, double Mae, double Mase, double? Coverage80, double? Coverage95, bool Chosen);

/// <summary>One month ahead: the forecast cumulative uptake and its 80 % and 95 % intervals, within [current, eligible].</summary>
public sealed record ForecastPoint(DateOnly Month, double Value, double Low80, double High80, double Low95, double High95);

/// <summary>The forecast of one scope, by the model with the best backtest.</summary>
public sealed record ScopeForecast(
    string Scope,
    string Name,
    DateOnly LastMonth,
    double LastCumulative,
    double Eligible,
    IReadOnlyList<ModelAccuracy> Accuracy,
    IReadOnlyList<ForecastPoint> Points)
{
    /// <summary><c>centre_sante</c> or <c>medecin_liberal</c>; null for every beneficiary.</summary>
    public string? BeneficiaryType { get; init; }

    /// <summary>Months of history the forecast learnt from.</summary>
    public int HistoryMonths { get; init; }

    /// <summary>Monthly origins of the backtest (24 with enough history; fewer make wider, less sure intervals).</summary>
    public int BacktestOrigins { get; init; }

    public ModelAccuracy Chosen => Accuracy.First(a => a.Chosen);

    /// <summary>The forecast <paramref name="months"/> after the last observed month.</summary>
    public ForecastPoint At(int months) => Points[months - 1];
}
