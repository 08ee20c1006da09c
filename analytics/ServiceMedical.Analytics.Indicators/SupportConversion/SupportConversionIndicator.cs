using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.SupportConversion;

/// <summary>Conversion by type of support action.</summary>
public sealed class SupportConversionIndicator : Indicator<SupportConversionRow>
{
    private SupportConversionIndicator()
        : base(new("conversion-accompagnement"), "Conversion par type d'accompagnement",
            new("support-conversion.sql", "actions_accompagnement", "contrats_assistants_medicaux", "centres_sante"),
            IndicatorShape.Geographic("la conversion se lit sur la période entière"))
    {
    }

    public static SupportConversionIndicator Instance => IndicatorCatalog.Of<SupportConversionIndicator>();

    // A beneficiary reached by several kinds of action counts under each: the types do not add up, so the type is a key.
    public override IReadOnlyList<TableColumn<SupportConversionRow>> Columns { get; } =
    [
        new("Type d'action", r => r.ActionType, ColumnKind.Code) { Secrecy = ColumnSecrecy.Key }, new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new("Bénéficiaires touchés", r => r.Reached) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("Ayant signé ensuite", r => r.Signed) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new(Rate, r => r.Rate, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Bénéficiaires touchés", "Ayant signé ensuite") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<SupportConversionRow>("conversion-accompagnement", "Conversion par type d'accompagnement", this, [new(DashboardPages.Assistants, 5) { View = "Conversion" }], Draw)
        {
            Draws = [Rate],
            LeavesOutSecrets = true,
        },
    ];

    private const string Rate = "Taux de conversion";

    private static ChartDrawing<SupportConversionRow> Draw(ChartInput<SupportConversionRow> input) =>
        new("Bénéficiaires accompagnés ayant signé ensuite, par type d'action",
            new BarChart(input.Rows.Select(r => CodeLabels.Of(r.ActionType)).ToList(), [new BarSeries(Rate, input.Rows.Select(r => input.Published([r], Rate, r.Rate ?? 0)).ToList())],
                "Taux de conversion", ChartStyle.Percent));
}
