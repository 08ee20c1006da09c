using System.Globalization;
using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>What a series means, when its colour should say it (late is never green).</summary>
public enum Tone
{
    /// <summary>The series' place in the palette.</summary>
    Palette,

    /// <summary>Done, reached, on time.</summary>
    Good,

    /// <summary>Under way.</summary>
    Neutral,

    /// <summary>Done late.</summary>
    Late,

    /// <summary>Out of time and still not done.</summary>
    Missed,
}

/// <summary>The look every chart shares: font, palette, sizes, title, French number formats, footer.</summary>
public static class ChartStyle
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The page's font, shipped with the kit (Fonts/) so that every machine draws the same PNG.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>
    /// The size every chart is laid out at: a tile of the dashboard. Exports draw the same layout scaled up, so that
    /// an exported chart is the one on screen, with text large enough for a slide.
    /// </summary>
    public const int Width = 640;

    public const int Height = 330;

    /// <summary>
    /// Okabe–Ito hues darkened where needed so that every series stands at 3:1 or more against the white background
    /// (orange, sky blue and yellow did not): blue, vermilion, bluish green, reddish purple, ochre, grey, wine, black.
    /// </summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#997700"), Color.FromHex("#5F5F5F"), Color.FromHex("#882255"), Color.FromHex("#000000"),
    ];

    /// <summary>The colour of a reference drawn beside the data (France beside a region): the palette's grey, dashed.</summary>
    public static Color ReferenceColor => Palette[5];

    /// <summary>The palette's index of <see cref="ReferenceColor"/>, for a series.</summary>
    public const int ReferenceSeries = 5;

    private static readonly Lazy<bool> s_fonts = new(RegisterFonts);

    public static Color ColorOf(int series) => Palette[series % Palette.Length];

    public static Color ColorOf(Tone tone, int series) => tone switch
    {
        Tone.Good => Palette[2],
        Tone.Neutral => Palette[0],
        Tone.Late => Palette[1],
        Tone.Missed => Palette[6],
        _ => ColorOf(series),
    };

    /// <summary>A plot with its title, in the kit's font.</summary>
    public static Plot NewPlot(PlotText text)
    {
        _ = s_fonts.Value;
        var plot = new Plot();
        plot.Font.Set(FontName);
        // About 10 pixels a character in bold at 17 px: beyond 56, a title takes two lines rather than leave the image.
        plot.Title(Wrap(text.Title, 56), size: 17);
        // Centred on the image, not over the data: beside long category names it would leave the image on the right.
        plot.Axes.Title.FullFigureCenter = true;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Left.Label.Bold = false;
        // The kit's own legend panel (AddLegend) replaces ScottPlot's.
        plot.HideLegend();
        return plot;
    }

    /// <summary>The legend under the chart when there is more than one series; set before the footer, which sits under it.</summary>
    internal static void AddLegend(Plot plot, IReadOnlyList<LegendEntry> entries)
    {
        if (entries.Count > 1)
        {
            plot.Axes.AddPanel(new LegendPanel(entries));
        }
    }

    /// <summary>Filters, source and data date under the chart, so that an exported image says what it shows. Set last: it sits under the legend.</summary>
    public static void AddFooter(Plot plot, PlotText text)
    {
        plot.Axes.AddPanel(new FooterPanel(text.Footer));
        // Room on the right for the last value of a horizontal axis, centred on the data's edge.
        plot.Axes.Right.MinimumSize = 32;
    }

    /// <summary>A share for drawing: 0 when there is nothing to divide (the table says "—").</summary>
    public static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    public static string Count(double value) => value.ToString("N0", French);

    public static string Percent(double share) => (100 * share).ToString("0.0", French) + " %";

    /// <summary>Days with a thousands space, as every other count: « 2 200 j ».</summary>
    public static string Days(double days) => days.ToString("#,0.#", French) + " j";

    /// <summary>True for a chart of shares: its axis stops at 100 % unless a value goes beyond.</summary>
    public static bool IsShare(Func<double, string> format) => format == Percent;

    /// <summary>
    /// The value axis from zero to a little above the largest value; a share's axis stops at 100 % when no value goes
    /// beyond, and a chart of zeros still has a readable axis.
    /// </summary>
    public static (double Low, double High) ValueRange(IEnumerable<double> values, Func<double, string> format)
    {
        var finite = values.Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var low = Math.Min(0, finite.Min());
        var high = finite.Max();
        if (high <= 0)
        {
            return (low * 1.1, IsShare(format) ? 1 : low < 0 ? 0 : 1);
        }

        var padded = high * 1.1;
        return (low * 1.1, IsShare(format) && high <= 1 ? Math.Min(1, padded) : padded);
    }

    /// <summary>The file of the kit's font, regular or bold, beside the application (copied from Fonts/).</summary>
    public static string FontFile(bool bold) => Path.Combine(AppContext.BaseDirectory, "Fonts", bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");

    private static bool RegisterFonts()
    {
        Fonts.AddFontFile(FontName, FontFile(bold: false), bold: false, italic: false);
        Fonts.AddFontFile(FontName, FontFile(bold: true), bold: true, italic: false);
        return true;
    }

    /// <summary>Each line of the text cut at a space before <paramref name="longest"/> characters.</summary>
    internal static string Wrap(string text, int longest) => string.Join('\n', text.Split('\n').SelectMany(line => WrapLine(line, longest)));

    private static IEnumerable<string> WrapLine(string line, int longest)
    {
        while (line.Length > longest)
        {
            var cut = line.LastIndexOf(' ', longest);
            if (cut <= 0)
            {
                break;
            }

            yield return line[..cut].TrimEnd();
            line = line[(cut + 1)..];
        }

        yield return line;
    }
}
