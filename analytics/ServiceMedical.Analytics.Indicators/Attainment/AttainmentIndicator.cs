using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>Atteinte des objectifs per contract year.</summary>
public sealed class AttainmentIndicator : Indicator<AttainmentRow>
{
    private AttainmentIndicator()
        : base(new("atteinte-objectifs"), "Atteinte des objectifs par année de contrat",
            new("objective-attainment.sql", "contrats_assistants_medicaux", "activite_mesuree", "centres_sante"),
            IndicatorShape.Geographic("l'atteinte des objectifs se lit par année de contrat"))
    {
    }

    public static AttainmentIndicator Instance => IndicatorCatalog.Of<AttainmentIndicator>();

    public override IReadOnlyList<TableColumn<AttainmentRow>> Columns { get; } =
    [
        new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Type de bénéficiaire", r => r.BeneficiaryType, ColumnKind.Code),
        new("Année de signature", r => r.Cohort, ColumnKind.Year), new("Année de contrat", r => r.ContractYear),
        new("Années mesurées", r => r.Measured) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("Années échues sans mesure", r => r.NotMeasured) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("À l'objectif ou au-delà", r => r.AtObjective) { Secrecy = ColumnSecrecy.BeneficiaryCount(new PartOfTotal("Années mesurées", "objectif")) },
        new(ShareAtObjective, r => r.ShareAtObjective, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Années mesurées", "À l'objectif ou au-delà") },
        new("Atteinte < 50 %", r => r.BelowHalf) { Secrecy = ColumnSecrecy.BeneficiaryCount(new PartOfTotal("Années mesurées", "tranche"), new PartOfTotal("Années mesurées", "objectif")) },
        new("Atteinte 50-100 %", r => r.HalfToFull) { Secrecy = ColumnSecrecy.BeneficiaryCount(new PartOfTotal("Années mesurées", "tranche"), new PartOfTotal("Années mesurées", "objectif")) },
        new("Atteinte 100-150 %", r => r.FullTo150) { Secrecy = ColumnSecrecy.BeneficiaryCount(new PartOfTotal("Années mesurées", "tranche"), new PartOfTotal("À l'objectif ou au-delà", "tranche")) },
        new("Atteinte ≥ 150 %", r => r.Above150) { Secrecy = ColumnSecrecy.BeneficiaryCount(new PartOfTotal("Années mesurées", "tranche"), new PartOfTotal("À l'objectif ou au-delà", "tranche")) },
        new("Atteinte médiane", r => r.MedianAttainment, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Années mesurées") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        // Zones and cohorts added up, by type of beneficiary and year of contract; a share the export masks is left out.
        new DashboardChart<AttainmentRow>("atteinte-objectifs", "Part des contrats à l'objectif, par année de contrat", this, [new(DashboardPages.Assistants, 4)], Draw)
        {
            AddsUp = r => (r.BeneficiaryType, r.ContractYear),
            Draws = [ShareAtObjective],
            LeavesOutSecrets = true,
        },
    ];

    private const string ShareAtObjective = "Part à l'objectif (années mesurées)";

    protected override bool UsesAggregates => true;

    private static ChartDrawing<AttainmentRow> Draw(ChartInput<AttainmentRow> input)
    {
        var rows = input.Rows;
        var years = rows.Select(r => r.ContractYear).Distinct().Order().ToList();
        var series = rows.GroupBy(r => r.BeneficiaryType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarSeries(CodeLabels.Of(g.Key), years.Select(y => g.Where(r => r.ContractYear == y).ToList())
                .Select(year => input.Published(year, ShareAtObjective, ChartStyle.Share(year.Sum(r => r.AtObjective), year.Sum(r => r.Measured)))).ToList()))
            .ToList();
        return new("Part des années de contrat mesurées à l'objectif ou au-delà",
            new BarChart(years.Select(y => $"Année {y}").ToList(), series, "Part à l'objectif", ChartStyle.Percent));
    }
}
