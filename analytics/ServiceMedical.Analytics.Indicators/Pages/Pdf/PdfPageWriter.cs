using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ServiceMedical.Analytics.Charts;

namespace ServiceMedical.Analytics.Indicators.Pages.Pdf;

/// <summary>
/// Lays a dossier out on A4 landscape pages, top to bottom: headings, lines of text, images and tables whose header
/// is repeated on every page they run on. A new page starts when the next block does not fit.
/// </summary>
internal sealed class PdfPageWriter(PdfDocument document) : IDisposable
{
    private const double Margin = 40;
    private const double RowHeight = 13;
    private const double CellPadding = 3;

    private static readonly XFont s_title = Font(20, XFontStyleEx.Bold);
    private static readonly XFont s_heading = Font(13, XFontStyleEx.Bold);
    private static readonly XFont s_text = Font(10, XFontStyleEx.Regular);
    private static readonly XFont s_small = Font(7.5, XFontStyleEx.Regular);
    private static readonly XFont s_smallBold = Font(7.5, XFontStyleEx.Bold);
    private static readonly XColor s_headerFill = XColor.FromArgb(240, 244, 248);

    private XGraphics? _graphics;
    private double _y;

    private static double Width => PageSize.Width - (2 * Margin);

    private static XSize PageSize => new(842, 595);

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet: call NewPage first.");

    public PdfPage NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        return page;
    }

    public void Title(string text) => Line(text, s_title, 30);

    public void Heading(string text)
    {
        Room(2 * RowHeight);
        Line(text, s_heading, 20);
    }

    /// <summary>Lines of text, each wrapped at a word to the page's width.</summary>
    public void Text(IEnumerable<string> lines, bool small = false)
    {
        var font = small ? s_small : s_text;
        foreach (var line in lines.SelectMany(l => Wrap(Graphics, l, font, Width, most: int.MaxValue)))
        {
            Room(RowHeight);
            Line(line, font, small ? 10 : RowHeight + 1);
        }
    }

    /// <summary>An image as wide as the page, or less if its height would not fit the rest of a page.</summary>
    public void Image(byte[] png)
    {
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        var ratio = (double)image.PixelHeight / image.PixelWidth;
        var width = Math.Min(Width, (PageSize.Height - (2 * Margin) - 40) / ratio);
        Room(width * ratio);
        Graphics.DrawImage(image, Margin, _y, width, width * ratio);
        _y += (width * ratio) + 6;
    }

    /// <summary>A table with its header on every page it runs on; column widths follow their contents, text too long is cut with « … ».</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (headers.Count == 0)
        {
            return;
        }

        var (widths, fonts) = Layout(headers, rows);
        // A header is never left alone at the foot of a page: room for it, however many lines it wraps on, and two rows.
        Room(HeaderHeight(headers, widths, fonts.Bold) + (2 * RowHeight));
        Row(headers, widths, fonts.Bold, header: true);
        foreach (var row in rows)
        {
            if (_y + RowHeight > PageSize.Height - Margin - 14)
            {
                _ = NewPage();
                Row(headers, widths, fonts.Bold, header: true);
            }

            Row(row, widths, fonts.Regular, header: false);
        }

        _y += 8;
    }

    /// <summary>« Page n / N » and a reminder of what the dossier is, at the foot of every page.</summary>
    public void NumberPages(string reminder)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var foot = PageSize.Height - Margin + 12;
            graphics.DrawString(Fit(graphics, reminder, s_small, Width - 80), s_small, XBrushes.DimGray, new XPoint(Margin, foot));
            var number = $"Page {i + 1} / {document.PageCount}";
            graphics.DrawString(number, s_small, XBrushes.DimGray, new XPoint(PageSize.Width - Margin - graphics.MeasureString(number, s_small).Width, foot));
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void Line(string text, XFont font, double height)
    {
        Graphics.DrawString(Fit(Graphics, text, font, Width), font, XBrushes.Black, new XPoint(Margin, _y + font.Size));
        _y += height;
    }

    /// <summary>A row of cells; the header's text wraps on up to four lines, a cell's is cut with « … ».</summary>
    private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, bool header)
    {
        var lines = cells.Select((c, i) => i < widths.Length && header ? Wrap(Graphics, c, font, widths[i] - (2 * CellPadding)) : [c]).ToList();
        var height = RowHeight + ((lines.Select(l => l.Count).DefaultIfEmpty(1).Max() - 1) * (RowHeight - 4));
        if (header)
        {
            Graphics.DrawRectangle(new XSolidBrush(s_headerFill), Margin, _y, widths.Sum(), height);
        }

        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var cellLines = i < lines.Count ? lines[i] : [""];
            for (var l = 0; l < cellLines.Count; l++)
            {
                var text = Fit(Graphics, cellLines[l], font, widths[i] - (2 * CellPadding));
                Graphics.DrawString(text, font, XBrushes.Black, new XPoint(x + CellPadding, _y + RowHeight - 3.5 + (l * (RowHeight - 4))));
            }

            x += widths[i];
        }

        Graphics.DrawLine(XPens.LightGray, Margin, _y + height, Margin + widths.Sum(), _y + height);
        _y += height;
    }

    /// <summary>
    /// Each column as wide as its contents (measured on the first rows: long tables have the same kind of content
    /// throughout) or its header's longest word, whichever is wider, its header wrapping beneath; never more than two
    /// fifths of the page, so that one long text cannot crush the others. A table too wide for the page is set in a
    /// smaller type (down to 6 points), then narrowed in proportion if it still is.
    /// </summary>
    private (double[] Widths, (XFont Regular, XFont Bold) Fonts) Layout(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var sample = rows.Take(200).ToList();
        double[] Natural(XFont regular, XFont bold) => [.. headers.Select((h, i) => Math.Min(Width * 0.4, Math.Max(
            h.Split(' ').Max(word => Graphics.MeasureString(word, bold).Width),
            sample.Select(r => i < r.Count ? Graphics.MeasureString(r[i], regular).Width : 0).DefaultIfEmpty(0).Max()) + (2 * CellPadding)))];
        var fonts = (Regular: s_small, Bold: s_smallBold);
        var natural = Natural(fonts.Regular, fonts.Bold);
        if (natural.Sum() > Width)
        {
            var size = Math.Max(6, s_small.Size * (Width - (2 * CellPadding * natural.Length)) / (natural.Sum() - (2 * CellPadding * natural.Length)));
            fonts = (Font(size, XFontStyleEx.Regular), Font(size, XFontStyleEx.Bold));
            natural = Natural(fonts.Regular, fonts.Bold);
        }

        var total = natural.Sum();
        if (total > Width)
        {
            return ([.. natural.Select(w => w * Width / total)], fonts);
        }

        // The last column takes what room is left: a long explanation there is not cut.
        natural[^1] += Width - total;
        return (natural, fonts);
    }

    private double HeaderHeight(IReadOnlyList<string> headers, double[] widths, XFont bold) =>
        RowHeight + ((headers.Select((h, i) => Wrap(Graphics, h, bold, widths[i] - (2 * CellPadding)).Count).Max() - 1) * (RowHeight - 4));

    /// <summary>Words laid on lines no wider than <paramref name="width"/>, four lines at most (the last cut with « … »).</summary>
    private static List<string> Wrap(XGraphics graphics, string text, XFont font, double width, int most = 4)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' '))
        {
            if (lines.Count > 0 && graphics.MeasureString($"{lines[^1]} {word}", font).Width <= width)
            {
                lines[^1] = $"{lines[^1]} {word}";
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines.Count <= most ? lines : [.. lines.Take(most - 1), string.Join(' ', lines.Skip(most - 1))];
    }

    private void Room(double height)
    {
        if (_graphics is null || _y + height > PageSize.Height - Margin - 14)
        {
            _ = NewPage();
        }
    }

    /// <summary>The charts' font at a size; the resolver is registered first, whoever lays out a PDF first.</summary>
    private static XFont Font(double size, XFontStyleEx style)
    {
        _ = PdfFonts.EnsureRegistered();
        return new XFont(ChartStyle.FontName, size, style);
    }

    /// <summary>The text, or its longest start that fits with « … » (searched by halves: a cell may hold a long text).</summary>
    private static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var (fits, tooLong) = (0, text.Length);
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            (fits, tooLong) = graphics.MeasureString(text[..middle] + "…", font).Width <= width ? (middle, tooLong) : (fits, middle);
        }

        // Never half of a character written as two (a surrogate pair).
        var cut = fits > 0 && char.IsHighSurrogate(text[fits - 1]) ? fits - 1 : fits;
        return text[..Math.Max(cut, 1)] + "…";
    }
}
