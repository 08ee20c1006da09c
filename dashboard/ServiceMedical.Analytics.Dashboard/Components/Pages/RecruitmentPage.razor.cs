using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The Recrutement page: the flow of candidates to praticien-conseil posts, by region.</summary>
public sealed partial class RecruitmentPage
{
    protected override bool AllowsDepartments => false;

    protected override DashboardPage Page => ThisPage;

    private static DashboardPage ThisPage { get; } = DashboardPages.Recruitment;
}
