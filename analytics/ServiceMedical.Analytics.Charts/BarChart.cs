using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// One series of a bar chart: a value per category (<see cref="double.NaN"/> for a value not published, which the chart
/// leaves out and says so); its tone, when its colour should say what it means.
/// </summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values)
{
    public Tone Tone { get; init; }
}

/// <summary>A value every bar is read against (France beside its regions), drawn as a dashed line across the bars.</summary>
public sealed record ReferenceValue(string Name, double Value);

/// <summary>
/// Bars by category, grouped or stacked, vertical or horizontal. Many categories or long names are drawn
/// horizontally whatever was asked: rotated labels collide with the footer and leave the image. A category may link
/// to a drill-down.
/// </summary>
public sealed record BarChart(IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series, string ValueAxis, Func<double, string> Format) : IChartData
{
    public bool Stacked { get; init; }

    public bool Horizontal { get; init; }

    /// <summary>The value the bars compare with, if any.</summary>
    public ReferenceValue? Reference { get; init; }

    /// <summary>Where a click on a category leads, if anywhere.</summary>
    public IReadOnlyList<string?>? Links { get; init; }

    /// <summary>What a category with a value left out (<see cref="double.NaN"/>) adds to its name.</summary>
    public const string SecretNote = "secret statistique";

    private const int LongestUprightLabel = 12;

    private const int MostUprightCategories = 8;

    /// <summary>Drawn horizontally: asked for, or too many or too long category names to stand under the bars.</summary>
    public bool DrawnHorizontally => Horizontal || Categories.Count > MostUprightCategories || Labels.Any(c => c.Length > LongestUprightLabel);

    /// <summary>The categories' names as drawn: a category with a value left out says so.</summary>
    private IEnumerable<string> Labels => Categories.Select((name, c) => Series.Any(series => double.IsNaN(series.Values[c])) ? $"{name} ({SecretNote})" : name);

    /// <summary>No category, no series, or no value published (every one <see cref="double.NaN"/>).</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.Count == 0 || Series.All(s => s.Values.All(double.IsNaN));

    /// <summary>
    /// A horizontal chart grows with its categories, so that each name keeps its line: a line of text for a bar, more
    /// for bars side by side.
    /// </summary>
    public int Height => DrawnHorizontally ? Math.Max(ChartStyle.Height, Surroundings + RowHeight * Categories.Count) : ChartStyle.Height;

    /// <summary>Title (two lines), axis, legend and footer around the bars.</summary>
    private const int Surroundings = 150;

    // A line of 14 px text is about 16.3 px tall: 18 px keep the names of neighbouring bars apart.
    private int RowHeight => Stacked || Series.Count == 1 ? 18 : Math.Max(26, 10 * Series.Count);

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text)
    {
        var plot = ChartStyle.NewPlot(text);
        var horizontal = DrawnHorizontally;
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
                if (double.IsNaN(value))
                {
                    // Not published: no bar, nothing to hover; the category's name says so.
                    continue;
                }

                // Horizontal charts list the first category at the top.
                var slot = horizontal ? Categories.Count - 1 - c : c;
                // Side by side, the series read in the legend's order: left to right, or top to bottom.
                var offset = barWidth * (s + 0.5) - groupWidth / 2;
                var position = Stacked ? slot : horizontal ? slot - offset : slot + offset;
                var bar = new Bar
                {
                    Position = position,
                    ValueBase = Stacked ? bases[c] : 0,
                    Value = (Stacked ? bases[c] : 0) + value,
                    Size = barWidth * 0.95,
                    FillColor = ChartStyle.ColorOf(Series[s].Tone, s),
                    LineWidth = 0,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
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

            plot.Add.Bars(bars);
        }

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var positions = Enumerable.Range(0, Categories.Count).Select(i => (double)i).ToArray();
        var labels = horizontal ? Labels.Reverse().ToArray() : Labels.ToArray();
        categoryAxis.SetTicks(positions, labels);
        categoryAxis.MajorTickStyle.Length = 0;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
        if (Reference is { } reference)
        {
            var line = horizontal ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(reference.Value) : plot.Add.HorizontalLine(reference.Value);
            line.Color = ChartStyle.ReferenceColor;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
        }

        IEnumerable<double> values = Stacked
            ? Enumerable.Range(0, Categories.Count).Select(c => Series.Sum(s => double.IsNaN(s.Values[c]) ? 0 : s.Values[c]))
            : Series.SelectMany(s => s.Values).Where(v => !double.IsNaN(v));
        var (low, high) = ChartStyle.ValueRange(Reference is { } shown ? values.Append(shown.Value) : values, Format);
        var (first, last) = (-0.5, Categories.Count - 0.5);
        if (horizontal)
        {
            // The value axis is named by the title; its label under the bars would collide with the footer.
            plot.Axes.SetLimits(low, high, first, last);
        }
        else
        {
            plot.Axes.Left.Label.Text = ValueAxis;
            plot.Axes.SetLimits(first, last, low, high);
        }

        ChartStyle.AddLegend(plot,
        [
            .. Series.Select((series, s) => new LegendEntry(series.Name, ChartStyle.ColorOf(series.Tone, s), LegendMark.Box)),
            .. Reference is { } named ? [new LegendEntry($"{named.Name} : {Format(named.Value)}", ChartStyle.ReferenceColor, LegendMark.DashedLine)] : Array.Empty<LegendEntry>(),
        ]);
        ChartStyle.AddFooter(plot, text);
        return (plot, targets);
    }
}
