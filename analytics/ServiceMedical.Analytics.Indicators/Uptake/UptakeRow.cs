namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Uptake in one zone by the eligibility snapshot in force, counted on one day (<see cref="MeasuredOn"/>).</summary>
public sealed record UptakeRow(DateOnly Snapshot, string Zone, string ZoneName, DateOnly MeasuredOn, long Eligible, long Contracted)
{
    /// <summary>Contracted / eligible; null when nothing is eligible.</summary>
    public double? Rate => Eligible == 0 ? null : (double)Contracted / Eligible;
}
