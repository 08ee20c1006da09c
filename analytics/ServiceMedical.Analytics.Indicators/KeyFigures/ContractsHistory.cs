using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Indicators.KeyFigures;

/// <summary>
/// The contracts' export by month over the whole history up to a period's end, as every export of the contracts masks
/// it (a period's masks are worked out on that history): read once for the key figures of the period that are its cells,
/// or the difference of two of them.
/// </summary>
internal sealed class ContractsHistory(IndicatorReader reader, IndicatorFilter period)
{
    private readonly Lazy<Secrecy.ExportedTable> _exported = new(() =>
        reader.ExportTable(ContractsOverTimeIndicator.Instance, period with { By = Breakdown.Month, From = null, Period = null }));

    /// <summary>Whether the export masks <paramref name="header"/> in the period's last month.</summary>
    public bool LastMasked(string header)
    {
        var exported = _exported.Value;
        return exported.Table.Rows.Count > 0 && exported.IsHidden(exported.Table.Rows.Count - 1, exported.Table.ColumnOf(header));
    }

    /// <summary>
    /// Whether what the period added to the running total <paramref name="header"/> — its last month's total to date less
    /// the month before it's — is masked: where either is (the other would give it back).
    /// </summary>
    public bool AddedMasked(string header)
    {
        if (LastMasked(header))
        {
            return true;
        }

        if (period.From is not { } from)
        {
            return false;
        }

        var exported = _exported.Value;
        var (month, column) = (exported.Table.ColumnOf(Indicator.PeriodColumn), exported.Table.ColumnOf(header));
        var before = from.AddMonths(-1);
        var row = Enumerable.Range(0, exported.Table.Rows.Count)
            .LastOrDefault(r => exported.Table.Rows[r][month] is DateOnly d && (d.Year, d.Month) == (before.Year, before.Month), -1);
        return row >= 0 && exported.IsHidden(row, column);
    }
}
