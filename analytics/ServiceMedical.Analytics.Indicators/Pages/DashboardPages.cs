namespace ServiceMedical.Analytics.Indicators.Pages;

/// <summary>A dashboard page and the indicators it shows (by catalog name).</summary>
public sealed record DashboardPage(string Name, string Title, IReadOnlyList<string> Indicators);

/// <summary>The pages of the dashboard; benchmarks and refresh jobs read the same list.</summary>
public static class DashboardPages
{
    public static IReadOnlyList<DashboardPage> All { get; } =
    [
        new("assistants-medicaux", "Assistants médicaux", ["adhesion", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature"]),
        new("formation", "Formation CQP", ["formation-cqp"]),
        new("recrutement", "Recrutement des praticiens-conseils", ["recrutement-flux", "recrutement-delais", "jurys", "integration"]),
    ];
}
