using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Pages;

/// <summary>A dashboard page and the indicators it shows (by catalog name); <see cref="Periodic"/> when they are read over a period.</summary>
public sealed record DashboardPage(string Name, string Title, IReadOnlyList<string> Indicators, bool Periodic = true)
{
    /// <summary>The datasets the page's indicators read: its data horizon is the earliest of their extract dates.</summary>
    public IReadOnlyList<string> Datasets => [.. Indicators.SelectMany(i => IndicatorCatalog.Get(i).Datasets).Distinct()];

    /// <summary>
    /// The period the page shows for <paramref name="filter"/> at its data horizon: the last twelve complete months when
    /// the filter asks for no period. The dashboard and the export packs open a page on it. A page that is not read over
    /// a period (forecasts: the whole history and the months ahead) has none, whatever the filter says.
    /// </summary>
    public ReportingPeriod PeriodOf(IndicatorFilter filter, DataHorizon horizon) =>
        !Periodic ? new ReportingPeriod(null, null, horizon.Of(Datasets), false)
        : ReportingPeriod.Of(filter.Period is null && filter.From is null && filter.To is null ? filter with { Period = RelativePeriod.Last12Months } : filter,
            horizon.Of(Datasets));
}

/// <summary>The pages of the dashboard; the dashboard, the benchmarks and the export packs read the same list.</summary>
public static class DashboardPages
{
    public static IReadOnlyList<DashboardPage> All { get; } =
    [
        new("vue-ensemble", "Vue d'ensemble", ["adhesion", "contrats", "recrutement-flux", "integration", "formation-cqp"]),
        new("assistants-medicaux", "Assistants médicaux", ["adhesion", "contrats", "atteinte-objectifs", "conversion-accompagnement", "delai-signature", "formation-cqp"]),
        new("recrutement", "Recrutement des praticiens-conseils", ["recrutement-flux", "recrutement-delais", "jurys"]),
        new("integration", "Intégration des praticiens-conseils", ["integration"]),
        new("previsions", "Prévisions de l'adhésion", ["prevision-adhesion", "prevision-precision"], Periodic: false),
    ];

    public static DashboardPage Get(string name) => All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"Unknown page '{name}'.", nameof(name));
}
