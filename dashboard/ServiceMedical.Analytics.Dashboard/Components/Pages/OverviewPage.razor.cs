using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The overview: key figures of the period against the previous one, then the page's charts.</summary>
public sealed partial class OverviewPage
{
    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Overview;
}
