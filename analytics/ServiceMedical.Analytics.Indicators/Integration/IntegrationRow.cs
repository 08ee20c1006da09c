using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Integration;

/// <summary>Integration of the recruits hired in the period: tutor within the quarter, path within 12 months.</summary>
public sealed record IntegrationRow : ZonedRow
{
    public string Employer { get; init; } = "";

    public long Recruits { get; init; }

    public long TutorInQuarter { get; init; }

    public long TutorLate { get; init; }

    public long TutorMissing { get; init; }

    public long TutorPending { get; init; }

    public long PathIn12Months { get; init; }

    public long PathLate { get; init; }

    public long PathOverdue { get; init; }

    public long PathPending { get; init; }
}
