using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.RecruitmentDelays;

/// <summary>Delays of the filled posts, in days: median and 90th percentile of each step.</summary>
public sealed record RecruitmentDelayRow : ZonedRow
{
    public string Profession { get; init; } = "";

    public string Employer { get; init; } = "";

    public long PostsFilled { get; init; }

    /// <summary>The posts filled whose recruit has started by the period's end: what the publication → start delays rest on.</summary>
    public long Started { get; init; }

    /// <summary>The other posts filled: their recruit's start is still to come (or not known).</summary>
    public long StartsToCome { get; init; }

    public double? DecisionMedian { get; init; }

    public double? DecisionP90 { get; init; }

    public double? PublicationMedian { get; init; }

    public double? PublicationP90 { get; init; }

    public double? StartMedian { get; init; }

    public double? StartP90 { get; init; }
}
