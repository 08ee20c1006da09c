using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>Data shaped for one kind of chart, which draws itself with its title and footer and says where its values are for hovering.</summary>
public interface IChartData
{
    /// <summary>Nothing to draw: the dashboard says so in words instead of drawing empty axes.</summary>
    bool IsEmpty { get; }

    /// <summary>The height the chart is laid out at, <see cref="ChartStyle.Width"/> wide.</summary>
    int Height { get; }

    (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text);
}
