using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.FinancialAid;

/// <summary>Aide financière: the estimated aid committed per calendar year, from each contract's ETP and contract year.</summary>
public sealed class FinancialAidIndicator : Indicator<FinancialAidRow>
{
    private FinancialAidIndicator()
        : base(new("aide-financiere"), "Aide financière engagée (estimation)", new("financial-aid.sql", "contrats_assistants_medicaux", "centres_sante"),
            IndicatorShape.Geographic("l'aide se lit par année civile"))
    {
    }

    public static FinancialAidIndicator Instance => IndicatorCatalog.Of<FinancialAidIndicator>();

    public override IReadOnlyList<TableColumn<FinancialAidRow>> Columns { get; } =
    [
        new("Année", r => r.Year, ColumnKind.Year), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Type de bénéficiaire", r => r.BeneficiaryType, ColumnKind.Code),
        new("Années de contrat engagées", r => r.ContractYears) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("ETP engagés", r => r.FullTimeEquivalents) { Secrecy = ColumnSecrecy.MeasureOn("Années de contrat engagées") },
        new(Aid, r => r.Aid) { Secrecy = ColumnSecrecy.MeasureOn("Années de contrat engagées") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        // Zones added up, by year and type of beneficiary; an amount the export masks is left out of its image.
        new DashboardChart<FinancialAidRow>("aide-financiere", "Aide financière engagée par année", this, [new(DashboardPages.Assistants, 8)], Draw)
        {
            AddsUp = r => (r.BeneficiaryType, r.Year),
            Draws = [Aid],
            LeavesOutSecrets = true,
        },
    ];

    private const string Aid = "Aide estimée (€)";

    internal static ChartDrawing<FinancialAidRow> Draw(ChartInput<FinancialAidRow> input)
    {
        var years = input.Rows.Select(r => r.Year).Distinct().Order().ToList();
        var series = input.Rows.GroupBy(r => r.BeneficiaryType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BarSeries(CodeLabels.Of(g.Key), [.. years.Select(y => g.Where(r => r.Year == y).ToList()).Select(year => input.Published(year, Aid, year.Sum(r => r.Aid)))]))
            .ToList();
        var chart = new BarChart([.. years.Select(y => y.ToString(FrenchFormat.Culture))], series, "Aide estimée", Euros) { Stacked = true };
        return new("Aide financière estimée engagée par année et type de bénéficiaire", chart);
    }

    private static string Euros(double amount) => ChartStyle.Count(amount) + " €";
}
