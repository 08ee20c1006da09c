using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// A filter to one value of what no column of the indicator's table holds — a type of centre; a type of beneficiary where
/// the table has no column for it — seen as one part of a partition: <see cref="Whole"/>, the filter without it (every
/// centre, every beneficiary), and <see cref="Parts"/>, the filter with each value, exported alike. Their exports are
/// masked together (<see cref="Secrecy.PartitionedTable"/>), so that the whole less the other values gives no masked
/// figure back.
/// </summary>
internal sealed record FilterPartition(IndicatorFilter Whole, IReadOnlyList<IndicatorFilter> Parts, int Part)
{
    /// <summary>The partition <paramref name="filter"/> is a part of for <paramref name="indicator"/>; null when the filter narrows nothing its table does not show.</summary>
    public static FilterPartition? Of(Indicator indicator, IndicatorFilter filter)
    {
        if (!indicator.AddsUpAcrossFilters)
        {
            return null;
        }

        // A type of centre narrows to centres (no doctor is of one): its whole is every centre.
        if (filter.CentreType is { } centreType && indicator.Reads("centre_type") && filter.BeneficiaryType is null or Codes.CentreSante)
        {
            var centres = filter with { CentreType = null, BeneficiaryType = Codes.CentreSante };
            return new(centres, [.. Codes.CentreTypes.Select(type => centres with { CentreType = type })], Array.IndexOf(Codes.CentreTypes, centreType));
        }

        if (filter.CentreType is null && filter.BeneficiaryType is { } type && indicator.Reads("beneficiary_type") && !indicator.Headers.Contains(Indicator.BeneficiaryTypeColumn))
        {
            var everyone = filter with { BeneficiaryType = null };
            return new(everyone, [.. Codes.BeneficiaryTypes.Select(t => everyone with { BeneficiaryType = t })], Array.IndexOf(Codes.BeneficiaryTypes, type));
        }

        return null;
    }
}
