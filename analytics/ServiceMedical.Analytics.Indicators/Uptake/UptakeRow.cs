using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Uptake;

/// <summary>Uptake in one zone by the eligibility snapshot in force, counted on one day (<see cref="MeasuredOn"/>).</summary>
public sealed record UptakeRow : ZonedRow
{
    public DateOnly Snapshot { get; init; }

    public DateOnly MeasuredOn { get; init; }

    public long Eligible { get; init; }

    public long Contracted { get; init; }

    /// <summary>Contracted / eligible; null when nothing is eligible.</summary>
    public double? Rate => Eligible == 0 ? null : (double)Contracted / Eligible;
}
