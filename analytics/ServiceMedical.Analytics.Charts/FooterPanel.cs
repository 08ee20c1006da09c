using ScottPlot;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// The footer under a chart (filters, source, data date), aligned on the image's left edge rather than centred over
/// the data: beside long category names a centred line leaves the image. Long lines are wrapped at a word.
/// </summary>
internal sealed class FooterPanel : IPanel
{
    private const float Padding = 8;

    // About 6.5 pixels a character at 11 px: a line of 92 fits the 640 pixels of a tile.
    private const int LongestLine = 92;

    public FooterPanel(string text)
    {
        Label.Text = ChartStyle.Wrap(text, LongestLine);
    }

    public LabelStyle Label { get; } = new()
    {
        FontSize = 11,
        Bold = false,
        ForeColor = Color.FromHex("#444444"),
        FontName = ChartStyle.FontName,
        Alignment = Alignment.UpperLeft,
    };

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Bottom;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => IsVisible ? Label.Measure(paint).Height + 2 * Padding : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Bottom + offset + size, top: dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }

        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + Padding, rp.DataRect.Bottom + offset + Padding), rp.Paint);
    }
}
