using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The Assistants médicaux page: its charts come from the registry (DashboardPages.Assistants).</summary>
public sealed partial class AssistantsMedicauxPage
{
    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Assistants;
}
