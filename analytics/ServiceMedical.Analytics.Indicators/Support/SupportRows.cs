namespace ServiceMedical.Analytics.Indicators.Support;

/// <summary>Beneficiaries reached by one type of support action, and how many then signed.</summary>
public sealed record SupportConversionRow(string ActionType, string Zone, string ZoneName, long Reached, long Signed)
{
    public double? Rate => Reached == 0 ? null : (double)Signed / Reached;
}

/// <summary>Days from first support contact to signature, for the contracts signed in the period.</summary>
public sealed record TimeToSignatureRow(string Zone, string ZoneName, string BeneficiaryType, long Contracts, long WithContact, double? MedianDays, double? P90Days);
