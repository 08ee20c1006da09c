namespace ServiceMedical.Analytics.Indicators.SupportConversion;

/// <summary>Beneficiaries reached by one type of support action, and how many then signed.</summary>
public sealed record SupportConversionRow
{
    public string ActionType { get; init; } = "";

    public string Zone { get; init; } = "";

    public string ZoneName { get; init; } = "";

    public long Reached { get; init; }

    public long Signed { get; init; }

    public double? Rate => Reached == 0 ? null : (double)Signed / Reached;
}
