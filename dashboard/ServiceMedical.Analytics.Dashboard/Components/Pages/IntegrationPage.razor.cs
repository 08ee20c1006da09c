using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The Intégration page: training and integration of new praticiens-conseils, by region.</summary>
public sealed partial class IntegrationPage
{
    protected override bool AllowsDepartments => false;

    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Integration;
}
