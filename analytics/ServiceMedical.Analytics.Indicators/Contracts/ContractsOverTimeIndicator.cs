using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Assistant-médical contracts and signers over time.</summary>
public sealed class ContractsOverTimeIndicator : Indicator<ContractsOverTimeRow>
{
    private ContractsOverTimeIndicator()
        : base(new("contrats"), "Contrats signés et en vigueur", new("contracts-over-time.sql", "contrats_assistants_medicaux", "centres_sante"),
            IndicatorShape.TimeSeries)
    {
    }

    public static ContractsOverTimeIndicator Instance => IndicatorCatalog.Of<ContractsOverTimeIndicator>();

    public override IReadOnlyList<TableColumn<ContractsOverTimeRow>> Columns { get; } =
    [
        new(PeriodColumn, r => r.Period), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
        new("Contrats signés dans la période", r => r.Signed) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new(ContractsChart.SignedToDate, r => r.SignedToDate)
        {
            Secrecy = ColumnSecrecy.BeneficiaryCount() with { Accumulates = new("Période", "Contrats signés dans la période") },
        },
        new("Nouveaux signataires dans la période", r => r.NewSigners) { Secrecy = ColumnSecrecy.BeneficiaryCount() },
        new(ContractsChart.SignersToDate, r => r.SignersToDate)
        {
            Secrecy = ColumnSecrecy.BeneficiaryCount() with { Accumulates = new("Période", "Nouveaux signataires dans la période") },
        },
        new(ContractsChart.InForce, r => r.InForce) { Secrecy = ColumnSecrecy.BeneficiaryCount() with { AtPeriodEnd = true } },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<ContractsOverTimeRow>("contrats", "Contrats signés et en vigueur", this,
            [new(DashboardPages.Overview, 1), new(DashboardPages.Assistants, 3)], ContractsChart.Draw,
            filter => filter.By.IsTemporal() ? filter : filter with { By = Breakdown.Month })
        {
            Draws = [ContractsChart.SignedToDate, ContractsChart.SignersToDate, ContractsChart.InForce],
            LeavesOutSecrets = true,
        },
    ];
}
