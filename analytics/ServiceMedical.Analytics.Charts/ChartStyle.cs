using System.Globalization;
using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>The look every chart shares: palette, title, French number formats, footer.</summary>
public static class ChartStyle
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Okabe–Ito: distinguishable with the common colour-vision deficiencies.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#D55E00"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    public static Color ColorOf(int series) => Palette[series % Palette.Length];

    /// <summary>A plot with its title.</summary>
    public static Plot NewPlot(PlotText text)
    {
        var plot = new Plot();
        plot.Title(text.Title, size: 20);
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Legend.FontSize = 13;
        return plot;
    }

    /// <summary>Filters, source and data date under the chart, so that an exported image says what it shows. Set last: replacing an axis drops its label.</summary>
    public static void AddFooter(Plot plot, PlotText text)
    {
        plot.Axes.Bottom.Label.Text = text.Footer;
        plot.Axes.Bottom.Label.FontSize = 11;
        plot.Axes.Bottom.Label.Bold = false;
    }

    /// <summary>A share for drawing: 0 when there is nothing to divide (the table says "—").</summary>
    public static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    public static string Count(double value) => value.ToString("N0", French);

    public static string Percent(double share) => (100 * share).ToString("0.0", French) + " %";

    public static string Days(double days) => days.ToString("0.#", French) + " j";
}
