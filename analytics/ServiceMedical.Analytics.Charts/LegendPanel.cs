using ScottPlot;
using SkiaSharp;

namespace ServiceMedical.Analytics.Charts;

/// <summary>How a legend entry shows its series: a filled box (bars, bands) or a line, dashed for a forecast.</summary>
internal enum LegendMark
{
    Box,
    Line,
    DashedLine,
}

/// <summary>One series in the legend.</summary>
internal sealed record LegendEntry(string Text, Color Color, LegendMark Mark);

/// <summary>
/// The legend under a chart, its entries flowing in rows across the whole image and each row centred on it. ScottPlot's
/// own legend centres a box over the data: beside long category names it left the image on the right, and with many
/// series it stacked them into a column that squeezed the plot.
/// </summary>
internal sealed class LegendPanel(IReadOnlyList<LegendEntry> entries) : IPanel
{
    private const float Padding = 8;
    private const float MarkWidth = 18;
    private const float MarkGap = 6;
    private const float EntryGap = 20;
    private const float RowHeight = 20;

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Bottom;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => IsVisible ? Rows(paint).Count * RowHeight + Padding : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Bottom + offset + size, top: dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }

        var top = rp.DataRect.Bottom + offset + Padding;
        foreach (var row in Rows(rp.Paint))
        {
            // The figure's rectangle is in device pixels; drawing is in layout pixels (an export is scaled up).
            var figureWidth = rp.FigureRect.Width / (float)rp.Plot.ScaleFactor;
            var x = rp.FigureRect.Left + (figureWidth - row.Sum(e => e.Width) - EntryGap * (row.Count - 1)) / 2;
            foreach (var (entry, label, width) in row)
            {
                DrawMark(rp.Canvas, entry, x, top + RowHeight / 2);
                label.Render(rp.Canvas, new Pixel(x + MarkWidth + MarkGap, top + RowHeight / 2), rp.Paint);
                x += width + EntryGap;
            }

            top += RowHeight;
        }
    }

    /// <summary>The entries in rows that fit the layout's width (every chart is laid out at <see cref="ChartStyle.Width"/>).</summary>
    private List<List<(LegendEntry Entry, LabelStyle Label, float Width)>> Rows(Paint paint)
    {
        var rows = new List<List<(LegendEntry, LabelStyle, float)>> { new() };
        var used = 0f;
        foreach (var entry in entries)
        {
            var label = new LabelStyle
            {
                Text = entry.Text,
                FontSize = 13,
                FontName = ChartStyle.FontName,
                ForeColor = Color.FromHex("#1B1B1B"),
                Alignment = Alignment.MiddleLeft,
            };
            var width = MarkWidth + MarkGap + label.Measure(paint).Width;
            if (rows[^1].Count > 0 && used + EntryGap + width > ChartStyle.Width - 2 * Padding)
            {
                rows.Add([]);
                used = 0;
            }

            used += (rows[^1].Count > 0 ? EntryGap : 0) + width;
            rows[^1].Add((entry, label, width));
        }

        return rows;
    }

    private static void DrawMark(SKCanvas canvas, LegendEntry entry, float left, float middle)
    {
        using var paint = new SKPaint
        {
            Color = new SKColor(entry.Color.R, entry.Color.G, entry.Color.B, entry.Color.A),
            IsAntialias = true,
        };
        if (entry.Mark == LegendMark.Box)
        {
            canvas.DrawRect(new SKRect(left, middle - 6, left + MarkWidth, middle + 6), paint);
            return;
        }

        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 2.5f;
        if (entry.Mark == LegendMark.DashedLine)
        {
            paint.PathEffect = SKPathEffect.CreateDash([5, 3], 0);
        }

        canvas.DrawLine(left, middle, left + MarkWidth, middle, paint);
    }
}
