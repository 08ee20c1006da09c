namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>Contracts in one period (month, quarter or year, by its first day) and zone.</summary>
public sealed record ContractsOverTimeRow(DateOnly Period, string Zone, string ZoneName, long Signed, long SignedToDate, long InForce);
