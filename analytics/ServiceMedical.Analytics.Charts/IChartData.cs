using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>Data shaped for one kind of chart, which draws itself with its title and footer and says where its values are for hovering.</summary>
public interface IChartData
{
    (Plot Plot, IReadOnlyList<HoverTarget> Targets) Draw(PlotText text);
}
