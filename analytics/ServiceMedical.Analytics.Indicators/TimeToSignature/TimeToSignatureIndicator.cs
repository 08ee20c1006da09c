using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.TimeToSignature;

/// <summary>Time from first support contact to signature.</summary>
public sealed class TimeToSignatureIndicator : Indicator<TimeToSignatureRow>
{
    private TimeToSignatureIndicator()
        : base(new("delai-signature"), "Délai du premier contact à la signature",
            new("time-to-signature.sql", "contrats_assistants_medicaux", "actions_accompagnement", "centres_sante"),
            IndicatorShape.Geographic("le délai se lit sur la période entière"))
    {
    }

    public static TimeToSignatureIndicator Instance => IndicatorCatalog.Of<TimeToSignatureIndicator>();

    public override IReadOnlyList<TableColumn<TimeToSignatureRow>> Columns { get; } =
    [
        new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Type de bénéficiaire", r => r.BeneficiaryType, ColumnKind.Code),
        new("Contrats signés", r => r.Contracts) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new("Avec un contact préalable", r => r.WithContact) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new(Median, r => r.MedianDays) { Secrecy = ColumnSecrecy.MeasureOn("Avec un contact préalable") },
        new(Ninetieth, r => r.P90Days) { Secrecy = ColumnSecrecy.MeasureOn("Avec un contact préalable") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<TimeToSignatureRow>("delai-signature", "Délai du premier contact à la signature", this, [new(DashboardPages.Assistants, 5) { View = "Délai de signature" }], Draw)
        {
            Draws = [Median, Ninetieth],
            LeavesOutSecrets = true,
        },
    ];

    private const string Median = "Délai médian (jours)", Ninetieth = "Délai pour 9 sur 10 (jours)";

    private static ChartDrawing<TimeToSignatureRow> Draw(ChartInput<TimeToSignatureRow> input) =>
        new("Délai du premier contact d'accompagnement à la signature",
            new BarChart(input.Rows.Select(r => CodeLabels.Of(r.BeneficiaryType)).ToList(),
            [
                new BarSeries("La moitié en moins de", input.Rows.Select(r => input.Published([r], Median, r.MedianDays ?? 0)).ToList()),
                new BarSeries("9 sur 10 en moins de", input.Rows.Select(r => input.Published([r], Ninetieth, r.P90Days ?? 0)).ToList()),
            ], "Jours", ChartStyle.Days));
}
