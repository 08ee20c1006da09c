using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Overview;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The overview: key figures of the period against the previous one, then the page's charts.</summary>
public sealed partial class OverviewPage
{
    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Overview;

    private (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures)? _figures;
    private bool _loading;

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        _figures = null;
        if (State is { Problem: null } state)
        {
            _loading = true;
            _figures = await Task.Run(() =>
            {
                using var reader = Readers.Open(state.User);
                return new KeyFiguresQuery(reader).Run(state.Effective);
            });
            _loading = false;
        }
    }

    private static string Day(DateOnly day) => FrenchFormat.Day(day);
}
