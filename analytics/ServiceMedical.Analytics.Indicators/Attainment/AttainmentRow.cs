namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>
/// Objective attainment of the contracts signed in one year (cohort), for one contract year, in one zone and for one
/// beneficiary type. Of the years due, <see cref="Measured"/> have enough measures to be judged and
/// <see cref="NotMeasured"/> do not (neither a success nor a failure); attainment buckets count the measured years by
/// (measured − reference) / (target − reference).
/// </summary>
public sealed record AttainmentRow(
    string Zone, string ZoneName, string BeneficiaryType, int Cohort, int ContractYear,
    long Measured, long NotMeasured, long AtObjective,
    long BelowHalf, long HalfToFull, long FullTo150, long Above150, double? MedianAttainment)
{
    /// <summary>Share of the measured contract years at or above target; null when none was measured.</summary>
    public double? ShareAtObjective => Measured == 0 ? null : (double)AtObjective / Measured;
}
