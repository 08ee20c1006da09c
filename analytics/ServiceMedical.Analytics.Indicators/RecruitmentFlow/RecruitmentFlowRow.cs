using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.RecruitmentFlow;

/// <summary>
/// The recruitment flow of one campaign, profession and employer in one zone. <see cref="Applications"/>,
/// <see cref="Admissible"/> and <see cref="Interviewed"/> count applications; the others count posts: with a retained
/// candidate, filled (nomination published), taken up by the recruit, or whose nominee did not take it up.
/// </summary>
public sealed record RecruitmentFlowRow : ZonedRow
{
    public string Campaign { get; init; } = "";

    public string Profession { get; init; } = "";

    public string Employer { get; init; } = "";

    /// <summary>
    /// One of the campaign's posts (within the filter) may still be filled on the period's last day: its fill rate is not
    /// final yet (recruitment-flow.sql says when).
    /// </summary>
    public bool CampaignUnderWay { get; init; }

    public long Posts { get; init; }

    public long Applications { get; init; }

    public long Admissible { get; init; }

    public long Interviewed { get; init; }

    public long Retained { get; init; }

    public long Filled { get; init; }

    public long Started { get; init; }

    public long Declined { get; init; }

    /// <summary>Filled posts whose start is still to come or not yet reported.</summary>
    public long StartPending => Filled - Started - Declined;

    /// <summary>Posts filled (a retained candidate's nomination published) / posts opened; none while the campaign is under way.</summary>
    public double? FillRate => Posts == 0 || CampaignUnderWay ? null : (double)Filled / Posts;

    /// <summary>Of the nominees whose start date has come and who are reported, those who took up the post.</summary>
    public double? TakeUp => Started + Declined == 0 ? null : (double)Started / (Started + Declined);
}
