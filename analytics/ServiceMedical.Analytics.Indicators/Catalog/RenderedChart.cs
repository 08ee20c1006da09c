using ServiceMedical.Analytics.Charts;
using ScottPlot;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>A chart drawn from an indicator's rows, with the table of the same rows: what the screen and every export show.</summary>
public sealed record RenderedChart(Plot Plot, IReadOnlyList<HoverTarget> Targets, IndicatorTable Table, ChartCaption Caption)
{
    public const int ScreenWidth = 960;
    public const int ScreenHeight = 440;
    public const int ExportWidth = 1600;
    public const int ExportHeight = 900;

    public string ScreenSvg() => ChartSvg.Render(Plot, ScreenWidth, ScreenHeight, Targets);

    public string ExportSvg() => ChartSvg.Render(Plot, ExportWidth, ExportHeight, Targets);

    public byte[] ExportPng() => Plot.GetImageBytes(ExportWidth, ExportHeight, ImageFormat.Png);

    /// <summary>The table as XLSX, with a sheet saying what it shows and as of when (the chart's caption).</summary>
    public void WriteXlsx(Stream stream, string sheetName) => Table.WriteXlsx(stream, sheetName, Caption.About);
}
