namespace ServiceMedical.Analytics.Indicators.Pages;

/// <summary>A dashboard page and the indicators it shows (by catalog name).</summary>
public sealed record DashboardPage(string Name, string Title, IReadOnlyList<string> Indicators);

/// <summary>The pages of the dashboard; the dashboard, the benchmarks and the export packs read the same list.</summary>
public static class DashboardPages
{
    public static IReadOnlyList<DashboardPage> All { get; } =
    [
        new("vue-ensemble", "Vue d'ensemble", ["adhesion", "contrats", "recrutement-flux", "integration", "formation-cqp"]),
        new("assistants-medicaux", "Assistants médicaux", ["adhesion", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp"]),
        new("recrutement", "Recrutement des praticiens-conseils", ["recrutement-flux", "recrutement-delais", "jurys"]),
        new("integration", "Intégration des praticiens-conseils", ["integration"]),
        new("previsions", "Prévisions de l'adhésion", ["prevision-adhesion", "prevision-precision"]),
    ];

    public static DashboardPage Get(string name) => All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"Unknown page '{name}'.", nameof(name));
}
