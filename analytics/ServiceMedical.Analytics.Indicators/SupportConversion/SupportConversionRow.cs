using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.SupportConversion;

/// <summary>Beneficiaries reached by one type of support action, and how many then signed.</summary>
public sealed record SupportConversionRow : ZonedRow
{
    public string ActionType { get; init; } = "";

    public long Reached { get; init; }

    public long Signed { get; init; }

    public double? Rate => Reached == 0 ? null : (double)Signed / Reached;
}
