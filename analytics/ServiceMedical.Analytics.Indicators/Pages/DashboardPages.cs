using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Pages;

/// <summary>
/// A dashboard page; <see cref="Periodic"/> when its indicators are read over a period. Its charts are those that say
/// they show on it (<see cref="IndicatorCatalog.ChartsOf"/>); <paramref name="summarised"/> names the indicators it reads
/// beyond its charts (the overview's key figures).
/// </summary>
public sealed class DashboardPage(string name, string title, bool periodic = true, Func<IReadOnlyList<Indicator>>? summarised = null)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public bool Periodic { get; } = periodic;

    /// <summary>The indicators the page reads: those it summarises, then those of its charts.</summary>
    public IReadOnlyList<Indicator> Indicators =>
        [.. (summarised?.Invoke() ?? []).Concat(IndicatorCatalog.ChartsOf(this).Select(c => c.Indicator)).Distinct()];

    /// <summary>The datasets the page's indicators read: its data horizon is the earliest of their extract dates.</summary>
    public IReadOnlyList<string> Datasets => [.. Indicators.SelectMany(i => i.Datasets).Distinct()];

    /// <summary>
    /// The period the page shows for <paramref name="filter"/> at its data horizon: the last twelve complete months when
    /// the filter asks for no period. The dashboard and the export packs open a page on it. A page that is not read over
    /// a period (forecasts: the whole history and the months ahead) has none, whatever the filter says.
    /// </summary>
    public ReportingPeriod PeriodOf(IndicatorFilter filter, DataHorizon horizon) =>
        !Periodic ? new ReportingPeriod(null, null, horizon.Of(Datasets), false)
        : ReportingPeriod.Of(filter.Period is null && filter.From is null && filter.To is null ? filter with { Period = RelativePeriod.Last12Months } : filter,
            horizon.Of(Datasets));

    public override string ToString() => Name;
}

/// <summary>The pages of the dashboard; the dashboard, the benchmarks and the export packs read the same list.</summary>
public static class DashboardPages
{
    public static DashboardPage Overview { get; } = new("vue-ensemble", "Vue d'ensemble", summarised: () => KeyFiguresQuery.Summarised);

    public static DashboardPage Assistants { get; } = new("assistants-medicaux", "Assistants médicaux");

    public static DashboardPage Recruitment { get; } = new("recrutement", "Recrutement des praticiens-conseils");

    public static DashboardPage Integration { get; } = new("integration", "Intégration des praticiens-conseils");

    public static DashboardPage Forecasts { get; } = new("previsions", "Prévisions de l'adhésion", periodic: false);

    public static IReadOnlyList<DashboardPage> All { get; } = [Overview, Assistants, Recruitment, Integration, Forecasts];

    /// <summary>A page's title from its name; the name itself for a page that no longer exists (an old subscription).</summary>
    public static string TitleOf(string name) => All.FirstOrDefault(p => p.Name == name)?.Title ?? name;

    public static DashboardPage Get(string name) => All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"Unknown page '{name}'.", nameof(name));
}
