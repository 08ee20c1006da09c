using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Indicators.JuryCompliance;

/// <summary>Jury compliance.</summary>
public sealed class JuryComplianceIndicator : Indicator<JuryComplianceRow>
{
    private JuryComplianceIndicator()
        : base(new("jurys"), "Conformité des jurys", new("jury-compliance.sql", "entretiens", "postes_recrutement"),
            IndicatorShape.Regional("la conformité des jurys se lit sur la période"))
    {
    }

    public static JuryComplianceIndicator Instance => IndicatorCatalog.Of<JuryComplianceIndicator>();

    public override IReadOnlyList<TableColumn<JuryComplianceRow>> Columns { get; } =
    [
        new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Entretiens", r => r.Interviews) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Jury complet", r => r.CompleteJury) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Entretiens pour l'ARS", r => r.ArsInterviews) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Membre ARS présent", r => r.ArsMemberPresent) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Durée de 45 minutes", r => r.FortyFiveMinutes) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Conformes", r => r.Compliant) { Secrecy = ColumnSecrecy.PeopleCount() },
        new("Taux de conformité", r => r.ComplianceRate, ColumnKind.Share) { Secrecy = ColumnSecrecy.MeasureOn("Entretiens", "Conformes") },
    ];

    public override IReadOnlyList<DashboardChart> Charts =>
    [
        new DashboardChart<JuryComplianceRow>("jurys", "Conformité des jurys", this, [new(DashboardPages.Recruitment, 5)], JuryComplianceChart.Draw) { LeavesOutSecrets = true },
    ];
}
