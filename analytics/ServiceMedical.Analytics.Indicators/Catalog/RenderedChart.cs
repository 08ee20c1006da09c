using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ScottPlot;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// A chart drawn from an indicator's rows, with the table of the same rows: what the screen and every export show.
/// The chart is laid out once, at its screen size; an export draws that same layout scaled to 1 600 pixels wide.
/// <see cref="Table"/> holds the exact figures the screen shows; <see cref="Exported"/> the same table as it leaves the
/// product, under the small-count rule.
/// </summary>
public sealed record RenderedChart(Plot Plot, IReadOnlyList<HoverTarget> Targets, IndicatorTable Table, ChartCaption Caption, int Height, bool IsEmpty)
{
    private ExportedTable? _exported;

    /// <summary>
    /// The table as exports give it (CSV, XLSX, PDF, dossiers): masked cells in place of small counts; under the default
    /// rule unless the reader's was given.
    /// </summary>
    public ExportedTable Exported
    {
        get => _exported ??= new SmallCountRule().Apply(Table);
        init => _exported = value;
    }

    public const int Width = ChartStyle.Width;
    public const int ExportWidth = 1600;

    private const double ExportScale = (double)ExportWidth / Width;

    /// <summary>
    /// What exports draw instead of <see cref="Plot"/> when it shows a value the small-count rule masks: the title and
    /// the reason, no value (<see cref="Charts.WithheldChart"/>). Null: the exports draw the chart itself.
    /// </summary>
    public WithheldImage? Withheld { get; init; }

    /// <summary>
    /// The chart drawn for exports with the values the small-count rule masks left out (its categories say « secret
    /// statistique »), when it can be (<see cref="DashboardChart{TRow}.LeavesOutSecrets"/>); drawn when first exported.
    /// </summary>
    public Lazy<(Plot Plot, int Height)>? Redrawn { get; init; }

    private (Plot Plot, int Height) Exportable => Withheld is { } withheld ? (withheld.Plot, withheld.Height) : Redrawn?.Value ?? (Plot, Height);

    public int ExportHeight => (int)Math.Round(Exportable.Height * ExportScale);

    public string ScreenSvg() => Scaled(Plot, 1, () => ChartSvg.Render(Plot, Width, Height, Targets));

    /// <summary>
    /// The screen's SVG, sized for a slide: the same drawing in any viewer. Its hover titles give exact values, so a
    /// chart whose table has masked cells, drawn again or withheld for exports, is exported without them.
    /// </summary>
    public string ExportSvg()
    {
        var (plot, height) = Exportable;
        return Scaled(plot, 1, () => ChartSvg.Render(plot, Width, height, Exported.AnyHidden || Redrawn is not null || Withheld is not null ? [] : Targets, ExportWidth, ExportHeight));
    }

    public byte[] ExportPng() => ExportPng(ExportWidth);

    /// <summary>The same drawing as a PNG <paramref name="width"/> pixels wide (a printed page wants 200 dpi or more).</summary>
    public byte[] ExportPng(int width)
    {
        var (plot, height) = Exportable;
        var scale = (double)width / Width;
        return Scaled(plot, scale, () => plot.GetImageBytes(width, (int)Math.Round(height * scale), ImageFormat.Png));
    }

    /// <summary>The exported table as XLSX, with a sheet saying what it shows and as of when (the chart's caption).</summary>
    public void WriteXlsx(Stream stream) => Exported.WriteXlsx(stream, Caption.About);

    // A plot is drawn by one caller at a time: its scale and last layout are state.
    private static T Scaled<T>(Plot plot, double scale, Func<T> draw)
    {
        lock (plot)
        {
            plot.ScaleFactor = scale;
            try
            {
                return draw();
            }
            finally
            {
                plot.ScaleFactor = 1;
            }
        }
    }
}

/// <summary>A chart's image as exports give it when it would draw a masked value: its title and <see cref="Reason"/>, drawn.</summary>
public sealed record WithheldImage(Plot Plot, int Height, string Reason);
