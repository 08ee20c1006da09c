using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.JuryCompliance;

/// <summary>Jury compliance of the interviews held in the period.</summary>
public sealed record JuryComplianceRow : ZonedRow
{
    public string Employer { get; init; } = "";

    public long Interviews { get; init; }

    public long CompleteJury { get; init; }

    public long ArsInterviews { get; init; }

    public long ArsMemberPresent { get; init; }

    public long FortyFiveMinutes { get; init; }

    public long Compliant { get; init; }

    public double? ComplianceRate => Interviews == 0 ? null : (double)Compliant / Interviews;
}
