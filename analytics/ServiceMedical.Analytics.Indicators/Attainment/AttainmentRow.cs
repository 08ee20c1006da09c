namespace ServiceMedical.Analytics.Indicators.Attainment;

/// <summary>
/// Objective attainment of the contracts signed in one year (cohort), for one contract year, in one
/// zone and for one beneficiary type. Attainment buckets count assessed years by
/// (measured − reference) / (target − reference).
/// </summary>
public sealed record AttainmentRow(
    string Zone, string ZoneName, string BeneficiaryType, int Cohort, int ContractYear,
    long Assessed, long NotMeasured, long AtObjective,
    long BelowHalf, long HalfToFull, long FullTo150, long Above150, double? MedianAttainment)
{
    /// <summary>Share of assessed contract years at or above target; null when none was assessed.</summary>
    public double? ShareAtObjective => Assessed == 0 ? null : (double)AtObjective / Assessed;
}
