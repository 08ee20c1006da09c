using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Charts;

/// <summary>Every chart of the dashboard by its export name, and the charts of each page in display order.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<DashboardChart> All { get; } =
    [
        AssistantsCharts.Uptake, AssistantsCharts.UptakeByZone, AssistantsCharts.Contracts, AssistantsCharts.Attainment,
        AssistantsCharts.Conversion, AssistantsCharts.TimeToSignature, AssistantsCharts.Training,
        RecruitmentCharts.Flow, RecruitmentCharts.FillRateByCampaign, RecruitmentCharts.FillRateByRegion, RecruitmentCharts.Delays,
        RecruitmentCharts.Juries, RecruitmentCharts.Tutors, RecruitmentCharts.Paths,
        ForecastCharts.Uptake, ForecastCharts.Accuracy,
    ];

    private static readonly Dictionary<string, string[]> s_pages = new(StringComparer.Ordinal)
    {
        ["vue-ensemble"] = ["contrats", "adhesion-zones"],
        ["assistants-medicaux"] = ["adhesion", "adhesion-zones", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp"],
        ["recrutement"] = ["recrutement-flux", "recrutement-campagnes", "recrutement-regions", "recrutement-delais", "jurys"],
        ["integration"] = ["integration-tuteurs", "integration-parcours"],
        ["previsions"] = ["prevision-adhesion", "prevision-precision"],
    };

    public static DashboardChart? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The charts of a page of <see cref="DashboardPages"/>.</summary>
    public static IReadOnlyList<DashboardChart> Of(DashboardPage page) =>
        s_pages.TryGetValue(page.Name, out var names) ? [.. names.Select(n => Find(n)!)] : [];
}
