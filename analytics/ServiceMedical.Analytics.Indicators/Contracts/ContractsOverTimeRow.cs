namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>
/// Contracts in one time bucket (by its first day: a month, quarter or year, cut by the period) and zone: contracts
/// signed, beneficiaries signing their first contract (a renewal is a contract, not a new signer), and contracts
/// in force on the bucket's last day.
/// </summary>
public sealed record ContractsOverTimeRow(DateOnly Period, string Zone, string ZoneName, long Signed, long SignedToDate,
    long NewSigners, long SignersToDate, long InForce);
