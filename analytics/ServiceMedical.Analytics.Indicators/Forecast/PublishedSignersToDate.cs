using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Forecast;

/// <summary>
/// The contracts' signers to date by month (« Signataires cumulés »), as their export publishes them: what a forecast,
/// which publishes the same figure for its observed months, must mask. A month the contracts mask is masked as they do; a
/// month where the forecast says another figure — trained before contracts were corrected, or counting a beneficiary in
/// the region of their first signature only — is masked, since the difference would be a count of its own.
/// </summary>
public sealed class PublishedSignersToDate
{
    private static readonly SecretValue s_differs = new(TableSecrecy.HiddenMeasureText);
    private readonly Dictionary<(DateOnly Month, string? Zone), object?> _published;

    private PublishedSignersToDate(Dictionary<(DateOnly, string?), object?> published) => _published = published;

    /// <summary>The contracts by month for <paramref name="filter"/>'s zone and type of beneficiary, from the first signature to <paramref name="until"/>.</summary>
    public static PublishedSignersToDate Read(IndicatorReader reader, IndicatorFilter filter, DateOnly until)
    {
        var contracts = reader.ExportTable(ContractsOverTimeIndicator.Instance, ForecastIndicator.Whole(filter) with { By = Breakdown.Month, To = until }).Table;
        var (period, zone, signers) = (contracts.ColumnOf(Indicator.PeriodColumn), contracts.ColumnOf("Code zone"), contracts.ColumnOf(ContractsChart.SignersToDate));
        // The first period starts on the first signature's day, not always on the 1st: months are matched by month.
        return new(contracts.Rows.GroupBy(row => (MonthOf((DateOnly)row[period]!), (string?)row[zone])).ToDictionary(g => g.Key, g => g.First()[signers]));
    }

    /// <summary>How an export must show <paramref name="count"/> signers to date in <paramref name="zone"/> at the end of <paramref name="month"/>: null where it may be published.</summary>
    public SecretValue? SecretFor(DateOnly month, string? zone, double count) =>
        _published.TryGetValue((MonthOf(month), zone), out var there)
            ? there as SecretValue ?? (there is not null && Convert.ToDouble(there, CultureInfo.InvariantCulture) == count ? null : s_differs)
            : count == 0 ? null : s_differs;

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
