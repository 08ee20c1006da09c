using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Forecast;
using ServiceMedical.Analytics.Indicators.ForecastAccuracy;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The forecasts: where uptake should be in 6 and 12 months, with the chosen model's track record, then the charts.</summary>
public sealed partial class ForecastPage
{
    /// <summary>The horizons the page states in words; the chart shows every month.</summary>
    private static readonly int[] s_monthsAhead = [6, 12];

    private ForecastRow? _last;
    private int _historyMonths;
    private ForecastAccuracyRow? _chosen;
    private IReadOnlyList<(int Months, ForecastRow Point)> _ahead = [];

    protected override bool AllowsDepartments => false;

    protected override string DepartmentRefusal => "les prévisions sont calculées pour la France et par région : choisissez une région, pas un département";

    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Forecasts;

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        (_last, _chosen, _ahead) = (null, null, []);
        if (State is not { Problem: null } state)
        {
            return;
        }

        using var reader = Readers.Open(state.User);
        var rows = reader.Rows(ForecastIndicator.Instance, state.Filter);
        _chosen = reader.Rows(ForecastAccuracyIndicator.Instance, state.Filter).FirstOrDefault(a => a.Chosen);
        _last = rows.LastOrDefault(r => !r.IsForecast);
        _historyMonths = rows.Count(r => !r.IsForecast);
        var ahead = rows.Where(r => r.IsForecast).ToList();
        _ahead = [.. s_monthsAhead.Where(m => ahead.Count >= m).Select(m => (m, ahead[m - 1]))];
    }

    /// <summary>Who has signed, in the page's words: every beneficiary, or the type chosen.</summary>
    private string Who => State?.Filter.BeneficiaryType switch
    {
        "centre_sante" => "centres de santé signataires",
        "medecin_liberal" => "médecins libéraux signataires",
        _ => "signataires",
    };

    /// <summary>The months the chosen method was tried on: 24, fewer on a short history.</summary>
    private int TriedOn => Forecasting.Evaluation.UptakeForecasting.BacktestOrigins(_historyMonths);

    private static string Share(double? share) => share is { } s ? ChartStyle.Percent(s) : "—";
}
