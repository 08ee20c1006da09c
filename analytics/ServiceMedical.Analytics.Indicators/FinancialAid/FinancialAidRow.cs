using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.FinancialAid;

/// <summary>The aid committed in one calendar year, in one zone, to one type of beneficiary: contract years, ETP, euros.</summary>
public sealed record FinancialAidRow : ZonedRow
{
    public int Year { get; init; }

    public string BeneficiaryType { get; init; } = "";

    public long ContractYears { get; init; }

    public double FullTimeEquivalents { get; init; }

    /// <summary>Euros: ETP × the aid per full-time assistant of each contract year.</summary>
    public double Aid { get; init; }
}
