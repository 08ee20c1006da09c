namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Uptake at one eligibility snapshot in one zone.</summary>
public sealed record UptakeRow(DateOnly Snapshot, string Zone, string ZoneName, long Eligible, long Contracted)
{
    /// <summary>Contracted / eligible; null when nothing is eligible.</summary>
    public double? Rate => Eligible == 0 ? null : (double)Contracted / Eligible;
}
