using ScottPlot;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>
/// Uptake charts as pure functions from rows to a ScottPlot plot: the same plot is drawn as SVG on
/// screen and as PNG or SVG in exports.
/// </summary>
public static class UptakeCharts
{
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#D55E00"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    /// <summary>Uptake rate (%) at each snapshot: one line per zone.</summary>
    public static Plot OverSnapshots(IReadOnlyList<UptakeRow> rows, ChartCaption caption)
    {
        var plot = NewPlot(caption);
        var zones = rows.Select(r => (r.Zone, r.ZoneName)).Distinct().ToList();
        for (var i = 0; i < zones.Count; i++)
        {
            var series = rows.Where(r => r.Zone == zones[i].Zone).OrderBy(r => r.Snapshot).ToList();
            var line = plot.Add.Scatter(
                series.Select(r => r.Snapshot.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                series.Select(r => 100 * (r.Rate ?? 0)).ToArray());
            line.Color = Palette[i % Palette.Length];
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = zones[i].ZoneName;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("MM/yyyy", ChartCaption.French),
        };
        plot.Axes.Left.Label.Text = "Taux d'adhésion (%)";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0.#", ChartCaption.French),
        };
        plot.Axes.SetLimitsY(0, Math.Max(5, rows.Count == 0 ? 5 : rows.Max(r => 100 * (r.Rate ?? 0)) * 1.15));
        if (zones.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
        }
        else
        {
            plot.HideLegend();
        }

        return WithFooter(plot, caption);
    }

    /// <summary>The common frame: the title.</summary>
    public static Plot NewPlot(ChartCaption caption)
    {
        var plot = new Plot();
        plot.Title(caption.Title, size: 18);
        return plot;
    }

    /// <summary>Filters, source and data date under the chart, so that an exported image says what it shows. Set last: replacing an axis drops its label.</summary>
    public static Plot WithFooter(Plot plot, ChartCaption caption)
    {
        plot.Axes.Bottom.Label.Text = caption.Footer;
        plot.Axes.Bottom.Label.FontSize = 11;
        plot.Axes.Bottom.Label.Bold = false;
        return plot;
    }
}
