using ScottPlot;

namespace ServiceMedical.Analytics.Charts.Maps;

/// <summary>
/// The value of one area on a map, and where a click on it leads (its drill-down); null when the area has none,
/// <see cref="double.NaN"/> when it has one that is not published (statistical secrecy).
/// </summary>
public sealed record MapValue(string Code, double? Value, string? Link = null);

/// <summary>
/// A choropleth: each area filled by the class of its value (up to five classes of equal counts, light to dark blue),
/// grey without a value, pale orange with one not published; a classed legend under the map; each area's name and
/// exact value on hover, and its link. The classes are those of the published values only.
/// </summary>
public sealed record MapChart(IReadOnlyList<MapArea> Areas, IReadOnlyList<MapValue> Values, Func<double, string> Format) : IChartData
{
    /// <summary>ColorBrewer's sequential blues, readable by colour-blind people; the lightest is not white.</summary>
    public static readonly Color[] ClassColours =
        [Color.FromHex("#DEEBF7"), Color.FromHex("#9ECAE1"), Color.FromHex("#6BAED6"), Color.FromHex("#3182BD"), Color.FromHex("#08519C")];

    public static readonly Color NoData = Color.FromHex("#D9D9D9");

    /// <summary>What an area whose value is not published is filled with: a pale orange, told apart from the blues and the grey.</summary>
    public static readonly Color Secret = Color.FromHex("#FDD0A2");

    public const string SecretNote = "secret statistique";

    public bool IsEmpty => Values.All(v => v.Value is not { } x || double.IsNaN(x));

    public int Height => 480;

    /// <summary>The lower bound of each class after the first: quantiles of the values, at most four, distinct.</summary>
    public IReadOnlyList<double> Thresholds
    {
        get
        {
            var values = Values.Where(v => v.Value is { } x && double.IsFinite(x)).Select(v => v.Value!.Value).Order().ToList();
            var classes = Math.Min(ClassColours.Length, values.Distinct().Count());
            return [.. Enumerable.Range(1, Math.Max(0, classes - 1)).Select(i => values[(int)Math.Round((double)i * values.Count / classes)]).Distinct().Where(t => t > values[0])];
        }
    }

    /// <summary>The class of a value: how many thresholds it reaches.</summary>
    public static int ClassOf(double value, IReadOnlyList<double> thresholds) => thresholds.Count(t => value >= t);

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text)
    {
        var plot = ChartStyle.NewPlot(text);
        var thresholds = Thresholds;
        var values = Values.ToDictionary(v => v.Code, StringComparer.Ordinal);
        var targets = new List<HoverTarget>();
        foreach (var area in Areas)
        {
            var value = values.GetValueOrDefault(area.Code);
            var secret = value?.Value is { } x && double.IsNaN(x);
            var fill = secret ? Secret : value?.Value is { } v ? ClassColoursOf(thresholds)[ClassOf(v, thresholds)] : NoData;
            foreach (var ring in area.Rings)
            {
                var polygon = plot.Add.Polygon(ring);
                polygon.FillColor = fill;

                polygon.LineColor = Colors.White;
                polygon.LineWidth = 0.8f;
            }

            // Beside the metropolitan map, an overseas area sits in its own framed box.
            if (area.Inset is { } box && Areas.Count > 1)
            {
                var frame = plot.Add.Rectangle(box.Left, box.Right, box.Bottom, box.Top);
                frame.FillColor = Colors.Transparent;
                frame.LineColor = Color.FromHex("#BBBBBB");
                frame.LineWidth = 1;
            }

            targets.Add(HoverTarget.Shape(area.Rings, $"{area.Name} : {(secret ? SecretNote : value?.Value is { } shown ? Format(shown) : "sans donnée")}", value?.Link));
        }

        plot.Axes.Frameless();
        // Frameless hides the title with the axes: the title says what and when, it stays.
        plot.Axes.Title.IsVisible = true;
        plot.Axes.Title.Label.Bold = true;
        plot.HideGrid();
        plot.Axes.SquareUnits();
        plot.Axes.Margins(0.02, 0.02);
        ChartStyle.AddLegend(plot, Legend(thresholds));
        ChartStyle.AddFooter(plot, text);
        return (plot, targets);
    }

    /// <summary>The classes in use, spread over the scale so that two classes still read light and dark.</summary>
    private static Color[] ClassColoursOf(IReadOnlyList<double> thresholds) => thresholds.Count switch
    {
        0 => [ClassColours[2]],
        1 => [ClassColours[1], ClassColours[3]],
        2 => [ClassColours[0], ClassColours[2], ClassColours[4]],
        3 => [ClassColours[0], ClassColours[1], ClassColours[3], ClassColours[4]],
        _ => ClassColours,
    };

    private List<LegendEntry> Legend(IReadOnlyList<double> thresholds)
    {
        var colours = ClassColoursOf(thresholds);
        var entries = new List<LegendEntry>();
        var only = Values.FirstOrDefault(v => v.Value is { } x && !double.IsNaN(x))?.Value;
        for (var c = 0; c <= thresholds.Count && only is not null; c++)
        {
            var label = thresholds.Count == 0 ? Format(only.Value)
                : c == 0 ? $"moins de {Format(thresholds[0])}"
                : c == thresholds.Count ? $"{Format(thresholds[c - 1])} et plus"
                : $"{Format(thresholds[c - 1])} – {Format(thresholds[c])}";
            entries.Add(new LegendEntry(label, colours[c], LegendMark.Box));
        }

        if (Areas.Any(a => Values.FirstOrDefault(v => v.Code == a.Code)?.Value is null))
        {
            entries.Add(new LegendEntry("sans donnée", NoData, LegendMark.Box));
        }

        if (Values.Any(v => v.Value is { } x && double.IsNaN(x)))
        {
            entries.Add(new LegendEntry(SecretNote, Secret, LegendMark.Box));
        }

        return entries;
    }
}
