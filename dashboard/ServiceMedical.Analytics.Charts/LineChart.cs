using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>One line of a time chart.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values);

/// <summary>Values over time, one line per series, dated axis in French.</summary>
public sealed record LineChart(IReadOnlyList<LineSeries> Series, string ValueAxis, Func<double, string> Format) : IChartData
{
    /// <summary>Draw markers on each point (few points, e.g. semi-annual snapshots).</summary>
    public bool Markers { get; init; }

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(ChartCaption caption)
    {
        var plot = ChartStyle.NewPlot(caption);
        var targets = new List<HoverTarget>();
        var maximum = 0.0;
        for (var s = 0; s < Series.Count; s++)
        {
            var series = Series[s];
            var xs = series.Dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var line = plot.Add.Scatter(xs, series.Values.ToArray());
            line.Color = ChartStyle.ColorOf(s);
            line.LineWidth = 2;
            line.MarkerSize = Markers ? 6 : 0;
            line.LegendText = series.Name;
            for (var i = 0; i < xs.Length; i++)
            {
                var prefix = Series.Count > 1 ? $"{series.Name}, " : "";
                targets.Add(HoverTarget.Point(xs[i], series.Values[i], $"{prefix}{series.Dates[i].ToString("dd/MM/yyyy", ChartCaption.French)} : {Format(series.Values[i])}"));
            }

            maximum = Math.Max(maximum, series.Values.DefaultIfEmpty(0).Max());
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("MM/yyyy", ChartCaption.French),
        };
        plot.Axes.Left.Label.Text = ValueAxis;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
        plot.Axes.AutoScaleX();
        plot.Axes.SetLimitsY(0, maximum <= 0 ? 1 : maximum * 1.12);
        BarChart.ShowLegendIfSeveral(plot, Series.Count);
        ChartStyle.AddFooter(plot, caption);
        return (plot, targets);
    }
}
