using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.TimeToSignature;

/// <summary>Days from first support contact to signature, for the contracts signed in the period.</summary>
public sealed record TimeToSignatureRow : ZonedRow
{

    public string BeneficiaryType { get; init; } = "";

    public long Contracts { get; init; }

    public long WithContact { get; init; }

    public double? MedianDays { get; init; }

    public double? P90Days { get; init; }
}
