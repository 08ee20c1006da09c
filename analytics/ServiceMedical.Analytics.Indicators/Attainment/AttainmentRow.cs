using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>
/// Objective attainment of the contracts signed in one year (cohort), for one contract year, in one zone and for one
/// beneficiary type. Of the years due, <see cref="Measured"/> have enough measures to be judged and
/// <see cref="NotMeasured"/> do not (neither a success nor a failure); attainment buckets count the measured years by
/// (measured − reference) / (target − reference).
/// </summary>
public sealed record AttainmentRow : ZonedRow
{

    public string BeneficiaryType { get; init; } = "";

    public int Cohort { get; init; }

    public int ContractYear { get; init; }

    public long Measured { get; init; }

    public long NotMeasured { get; init; }

    public long AtObjective { get; init; }

    public long BelowHalf { get; init; }

    public long HalfToFull { get; init; }

    public long FullTo150 { get; init; }

    public long Above150 { get; init; }

    public double? MedianAttainment { get; init; }

    /// <summary>Share of the measured contract years at or above target; null when none was measured.</summary>
    public double? ShareAtObjective => Measured == 0 ? null : (double)AtObjective / Measured;
}
