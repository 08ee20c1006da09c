using ServiceMedical.Analytics.Dashboard.Components.Parts;
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

    // The figures of the previous filter stay on screen, dimmed, until the new ones are ready: nothing jumps.
    private bool _busy;

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (State is not { Problem: null } state)
        {
            _figures = null;
            return;
        }

        if (_figures is null)
        {
            // The first figures are read before the first render (a few tens of milliseconds): the interactive page
            // then opens on the figures the prerendered one showed, not on "Chargement…" in their place.
            _figures = Figures(state);
            return;
        }

        _busy = true;
        try
        {
            _figures = await Task.Run(() => Figures(state));
        }
        finally
        {
            _busy = false;
        }
    }

    private (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures)? Figures(PageState state)
    {
        using var reader = Readers.Open(state.User);
        return new KeyFiguresQuery(reader).Run(state.Effective);
    }

    private static string Day(DateOnly day) => FrenchFormat.Day(day);
}
