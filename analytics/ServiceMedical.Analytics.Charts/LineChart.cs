using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// One line of a time chart; a forecast is dashed, and its points may say more on hover (their interval). A value not
/// published is <see cref="double.NaN"/>: the line breaks there.
/// </summary>
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

    /// <summary>No date, or no value published (every one <see cref="double.NaN"/>).</summary>
    public bool IsEmpty => Series.All(s => s.Values.All(double.IsNaN));

    /// <summary>Taller with each row of legend beyond the first (about two entries a row), so that the legend never squeezes the data.</summary>
    public int Height => ChartStyle.Height + 20 * Math.Max(0, (Series.Count + Bands.Count + (HasGaps ? 1 : 0) + 1) / 2 - 1);

    /// <summary>A value is not published: a line breaks, and the legend says why.</summary>
    private bool HasGaps => Series.Any(s => s.Values.Any(double.IsNaN));

    /// <summary>What the legend says of a broken line.</summary>
    public const string GapNote = "ligne interrompue : valeurs non diffusées (secret statistique)";

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
            // A value not published breaks the line: each run of published values is drawn on its own.
            foreach (var run in Runs(series.Values))
            {
                var line = plot.Add.Scatter(xs[run], series.Values.Take(run).ToArray());
                line.Color = ChartStyle.ColorOf(series.ColorOf ?? s);
                line.LineWidth = 2;
                line.LinePattern = series.Dashed ? LinePattern.Dashed : LinePattern.Solid;
                line.MarkerSize = Markers || run.End.Value - run.Start.Value == 1 ? 6 : 0;
            }

            for (var i = 0; i < xs.Length; i++)
            {
                if (double.IsNaN(series.Values[i]))
                {
                    continue;
                }

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
        var (low, high) = ChartStyle.ValueRange([.. Series.SelectMany(s => s.Values).Where(v => !double.IsNaN(v)), .. Bands.SelectMany(b => b.High), .. Bands.SelectMany(b => b.Low)], Format);
        plot.Axes.SetLimitsY(low, high);
        ChartStyle.AddLegend(plot,
        [
            .. Bands.Select(b => new LegendEntry(b.Name, ChartStyle.ColorOf(b.ColorOf).WithAlpha(b.Opacity), LegendMark.Box)),
            .. Series.Select((series, s) => new LegendEntry(series.Name, ChartStyle.ColorOf(series.ColorOf ?? s), series.Dashed ? LegendMark.DashedLine : LegendMark.Line)),
            // Words only: a mark of the background's colour.
            .. HasGaps ? [new LegendEntry(GapNote, Colors.White, LegendMark.Box)] : Array.Empty<LegendEntry>(),
        ]);
        ChartStyle.AddFooter(plot, text);
        return (plot, targets);
    }

    /// <summary>The runs of consecutive published values (not <see cref="double.NaN"/>), as ranges of indexes.</summary>
    private static IEnumerable<System.Range> Runs(IReadOnlyList<double> values)
    {
        var start = -1;
        for (var i = 0; i <= values.Count; i++)
        {
            var published = i < values.Count && !double.IsNaN(values[i]);
            if (published && start < 0)
            {
                start = i;
            }
            else if (!published && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
    }

    private static double[] Days(IReadOnlyList<DateOnly> dates) => [.. dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate())];
}
