namespace ServiceMedical.Analytics.Indicators.Recruitment;

/// <summary>
/// The recruitment flow of one campaign, profession and employer in one zone. <see cref="Applications"/>,
/// <see cref="Admissible"/> and <see cref="Interviewed"/> count applications; the others count posts: with a retained
/// candidate, filled (nomination published), taken up by the recruit, or whose nominee did not take it up.
/// </summary>
public sealed record RecruitmentFlowRow(
    string Campaign, string Profession, string Employer, string Zone, string ZoneName,
    long Posts, long Applications, long Admissible, long Interviewed, long Retained, long Filled, long Started, long Declined)
{
    /// <summary>Filled posts whose start is still to come or not yet reported.</summary>
    public long StartPending => Filled - Started - Declined;

    /// <summary>Posts filled (a retained candidate's nomination published) / posts opened.</summary>
    public double? FillRate => Posts == 0 ? null : (double)Filled / Posts;

    /// <summary>Of the nominees whose start date has come and who are reported, those who took up the post.</summary>
    public double? TakeUp => Started + Declined == 0 ? null : (double)Started / (Started + Declined);
}

/// <summary>Delays of the filled posts, in days: median and 90th percentile of each step.</summary>
public sealed record RecruitmentDelayRow(
    string Profession, string Employer, string Zone, string ZoneName, long PostsFilled,
    double? DecisionMedian, double? DecisionP90, double? PublicationMedian, double? PublicationP90, double? StartMedian, double? StartP90);

/// <summary>Jury compliance of the interviews held in the period.</summary>
public sealed record JuryComplianceRow(
    string Employer, string Zone, string ZoneName, long Interviews, long CompleteJury, long ArsInterviews, long ArsMemberPresent,
    long FortyFiveMinutes, long Compliant)
{
    public double? ComplianceRate => Interviews == 0 ? null : (double)Compliant / Interviews;
}

/// <summary>Integration of the recruits hired in the period: tutor within the quarter, path within 12 months.</summary>
public sealed record IntegrationRow(
    string Employer, string Zone, string ZoneName, long Recruits,
    long TutorInQuarter, long TutorLate, long TutorMissing, long TutorPending,
    long PathIn12Months, long PathLate, long PathOverdue, long PathPending);
