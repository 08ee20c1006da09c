using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Contracts;

/// <summary>
/// Contracts in one time bucket (by its first day: a month, quarter or year, cut by the period) and zone: contracts
/// signed, beneficiaries signing their first contract (a renewal is a contract, not a new signer), and contracts
/// in force on the bucket's last day.
/// </summary>
public sealed record ContractsOverTimeRow : ZonedRow
{
    public DateOnly Period { get; init; }

    public long Signed { get; init; }

    public long SignedToDate { get; init; }

    public long NewSigners { get; init; }

    public long SignersToDate { get; init; }

    public long InForce { get; init; }
}
