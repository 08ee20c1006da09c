using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>One line of a time chart; a forecast is dashed, and its points may say more on hover (their interval).</summary>
public sealed record LineSeries(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values)
{
    public bool Dashed { get; init; }

    /// <summary>Text added to each point's hover value, e.g. its interval.</summary>
    public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>The colour of another series (a forecast continues its history's colour).</summary>
    public int? ColorOf { get; init; }
}

/// <summary>A shaded band between two lines over time: a forecast's interval.</summary>
public sealed record BandSeries(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Low, IReadOnlyList<double> High, int ColorOf, double Opacity);

/// <summary>Values over time, one line per series, dated axis in French.</summary>
public sealed record LineChart(IReadOnlyList<LineSeries> Series, string ValueAxis, Func<double, string> Format) : IChartData
{
    /// <summary>Draw markers on each point (few points, e.g. semi-annual snapshots).</summary>
    public bool Markers { get; init; }

    /// <summary>Bands drawn under the lines (forecast intervals), widest first.</summary>
    public IReadOnlyList<BandSeries> Bands { get; init; } = [];

    public bool IsEmpty => Series.All(s => s.Dates.Count == 0);

    /// <summary>Taller with each row of legend beyond the first (about two entries a row), so that the legend never squeezes the data.</summary>
    public int Height => ChartStyle.Height + 20 * Math.Max(0, (Series.Count + Bands.Count + 1) / 2 - 1);

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text)
    {
        var plot = ChartStyle.NewPlot(text);
        var targets = new List<HoverTarget>();
        foreach (var band in Bands)
        {
            var fill = plot.Add.FillY(Days(band.Dates), [.. band.Low], [.. band.High]);
            fill.FillColor = ChartStyle.ColorOf(band.ColorOf).WithAlpha(band.Opacity);
            fill.LineWidth = 0;
        }

        for (var s = 0; s < Series.Count; s++)
        {
            var series = Series[s];
            var xs = Days(series.Dates);
            var line = plot.Add.Scatter(xs, series.Values.ToArray());
            line.Color = ChartStyle.ColorOf(series.ColorOf ?? s);
            line.LineWidth = 2;
            line.LinePattern = series.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            line.MarkerSize = Markers ? 6 : 0;
            for (var i = 0; i < xs.Length; i++)
            {
                var prefix = Series.Count > 1 ? $"{series.Name}, " : "";
                var note = series.Notes is { } notes ? notes[i] : "";
                targets.Add(HoverTarget.Point(xs[i], series.Values[i], $"{prefix}{series.Dates[i].ToString("dd/MM/yyyy", ChartStyle.French)} : {Format(series.Values[i])}{note}"));
            }
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("MM/yyyy", ChartStyle.French),
        };
        plot.Axes.Left.Label.Text = ValueAxis;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Format };
        plot.Axes.AutoScaleX();
        var (low, high) = ChartStyle.ValueRange([.. Series.SelectMany(s => s.Values), .. Bands.SelectMany(b => b.High), .. Bands.SelectMany(b => b.Low)], Format);
        plot.Axes.SetLimitsY(low, high);
        ChartStyle.AddLegend(plot,
        [
            .. Bands.Select(b => new LegendEntry(b.Name, ChartStyle.ColorOf(b.ColorOf).WithAlpha(b.Opacity), LegendMark.Box)),
            .. Series.Select((series, s) => new LegendEntry(series.Name, ChartStyle.ColorOf(series.ColorOf ?? s), series.Dashed ? LegendMark.DashedLine : LegendMark.Line)),
        ]);
        ChartStyle.AddFooter(plot, text);
        return (plot, targets);
    }

    private static double[] Days(IReadOnlyList<DateOnly> dates) => [.. dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate())];
}
