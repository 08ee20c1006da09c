using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>One series of a bar chart: a value per category.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// Bars by category, grouped or stacked, vertical or horizontal (long category names read better
/// horizontally). A category may link to a drill-down.
/// </summary>
public sealed record BarChart(IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series, string ValueAxis, Func<double, string> Format) : IChartData
{
    public bool Stacked { get; init; }

    public bool Horizontal { get; init; }

    /// <summary>Where a click on a category leads, if anywhere.</summary>
    public IReadOnlyList<string?>? Links { get; init; }

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text)
    {
        var plot = ChartStyle.NewPlot(text);
        var targets = new List<HoverTarget>();
        var groupWidth = 0.8;
        var barWidth = Stacked ? groupWidth : groupWidth / Math.Max(1, Series.Count);
        var bases = new double[Categories.Count];
        for (var s = 0; s < Series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var c = 0; c < Categories.Count; c++)
            {
                var value = Series[s].Values[c];
                // Horizontal charts list the first category at the top.
                var slot = Horizontal ? Categories.Count - 1 - c : c;
                var position = Stacked ? slot : slot - groupWidth / 2 + barWidth * (s + 0.5);
                var bar = new Bar
                {
                    Position = position,
                    ValueBase = Stacked ? bases[c] : 0,
                    Value = (Stacked ? bases[c] : 0) + value,
                    Size = barWidth * 0.95,
                    FillColor = ChartStyle.ColorOf(s),
                    LineWidth = 0,
                    Orientation = Horizontal ? Orientation.Horizontal : Orientation.Vertical,
                };
                bars.Add(bar);
                var hover = Series.Count > 1 ? $"{Categories[c]} — {Series[s].Name} : {Format(value)}" : $"{Categories[c]} : {Format(value)}";
                // A stacked bar of nothing is not drawn: nothing to hover either.
                if (!Stacked || value != 0)
                {
                    targets.Add(HoverTarget.Box(bar.Rect, hover, Links?[c]));
                }

                if (Stacked)
                {
                    bases[c] += value;
                }
            }

            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = Series[s].Name;
        }

        var categoryAxis = Horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var positions = Enumerable.Range(0, Categories.Count).Select(i => (double)i).ToArray();
        var labels = Horizontal ? Categories.Reverse().ToArray() : Categories.ToArray();
        categoryAxis.SetTicks(positions, labels);
        categoryAxis.MajorTickStyle.Length = 0;
        var valueAxis = Horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
        if (Horizontal)
        {
            // The value axis is named by the title; its label under the bars would collide with the footer.
            plot.Axes.Margins(left: 0, right: 0.1);
        }
        else
        {
            plot.Axes.Left.Label.Text = ValueAxis;
            plot.Axes.Margins(bottom: 0, top: 0.1);
            if (Categories.Count > 6 || Categories.Any(c => c.Length > 14))
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            }
        }

        ShowLegendIfSeveral(plot, Series.Count);
        ChartStyle.AddFooter(plot, text);
        return (plot, targets);
    }

    internal static void ShowLegendIfSeveral(Plot plot, int series)
    {
        if (series > 1)
        {
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            plot.HideLegend();
        }
    }
}
