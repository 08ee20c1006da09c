using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// What an export draws in place of a chart that would show a value the small-count rule masks (statistical secrecy):
/// the chart's title, the reason in a sentence, and its footer — no axis, no mark, nothing to read a value from — so that
/// an exported image or a dossier's page still says what it is and why it is empty.
/// </summary>
public sealed record WithheldChart(string Reason) : IChartData
{
    // About 8.5 pixels a character at 15 px: a line of 70 fits the 640 pixels of a tile.
    private const int LongestLine = 70;

    public bool IsEmpty => false;

    public int Height => 220;

    public (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text)
    {
        var plot = ChartStyle.NewPlot(text);
        plot.Axes.Frameless();
        // Frameless hides the title with the axes: the title says what the image would show, it stays.
        plot.Axes.Title.IsVisible = true;
        plot.Axes.Title.Label.Bold = true;
        plot.HideGrid();
        var reason = new FooterPanel(Reason);
        reason.Label.FontSize = 15;
        reason.Label.ForeColor = Color.FromHex("#1D1D1D");
        reason.Label.Text = ChartStyle.Wrap(Reason, LongestLine);
        plot.Axes.AddPanel(reason);
        ChartStyle.AddFooter(plot, text);
        return (plot, []);
    }
}
