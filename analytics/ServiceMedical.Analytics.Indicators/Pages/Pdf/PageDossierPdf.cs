using System.Globalization;
using PdfSharp.Pdf;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Pages.Pdf;

/// <summary>
/// A page's dossier as one PDF to print or attach: a cover saying what it shows, for which scope and period, as of
/// which data and from where, with the key figures; then each chart (PNG at about 230 dpi) with its caption and its
/// table, paginated with its header repeated; every page numbered. French formats throughout. Tables and key figures
/// under the small-count rule, and the cover says so.
/// </summary>
public static class PageDossierPdf
{
    /// <summary>Pixels across a chart drawn the width of an A4 landscape page's text (10.6 inches): about 230 dpi.</summary>
    private const int ChartPixels = 2400;

    public static void Write(Stream stream, DashboardPage page, IndicatorReader reader, IndicatorFilter filter, TimeProvider time)
    {
        using var document = new PdfDocument();
        var caption = reader.Caption(page.Title, filter, page.Datasets);
        document.Info.Title = $"Dossier « {page.Title} »";
        document.Info.Creator = "ServiceMedical.Analytics";
        using var writer = new PdfPageWriter(document);
        _ = writer.NewPage();
        writer.Title($"Dossier « {page.Title} »");
        writer.Text([.. caption.Footer.Split('\n'), $"Produit le {FrenchFormat.ParisTime(time.GetUtcNow().UtcDateTime)} (heure de Paris).", reader.Secrecy.Notice]);
        if (new KeyFiguresQuery(reader).Run(page, filter) is var (periods, figures))
        {
            writer.Heading($"Chiffres clés du {FrenchFormat.Day(periods.From ?? periods.To)} au {FrenchFormat.Day(periods.To)}");
            writer.Table(["Indicateur", "Valeur", "Période précédente", "Précision"],
                [.. figures.Select(reader.Secrecy.Export).Select(f => (IReadOnlyList<string>)[f.Figure.Label, Cell(f.Value, KindOf(f.Figure)), Cell(f.Previous, KindOf(f.Figure)), f.Detail])]);
        }

        foreach (var chart in IndicatorCatalog.ChartsOf(page))
        {
            if (chart.Render(reader, filter) is not { IsEmpty: false } rendered)
            {
                continue;
            }

            // The chart carries its title in its image; the reader's outline names it too.
            document.Outlines.Add(rendered.Caption.Title, writer.NewPage(), opened: false);
            if (rendered.Withheld is { } withheld)
            {
                // Said in text, which a reader can search and a screen reader read, rather than drawn.
                writer.Heading(rendered.Caption.Text.Title);
                writer.Text([withheld.Reason]);
            }
            else
            {
                writer.Image(rendered.ExportPng(ChartPixels));
            }

            writer.Table(rendered.Exported.Table.Headers, Cells(rendered.Exported.Table));
        }

        writer.NumberPages($"Dossier « {page.Title} » — {caption.Filters} — {FrenchFormat.DataStamp(caption.Horizon, caption.LoadedAt)}");
        document.Save(stream, closeStream: false);
    }

    /// <summary>A table's rows as the PDF prints them.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Cells(IndicatorTable table) =>
        [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select((v, i) => Cell(v, table.Kinds[i]))])];

    private static ColumnKind KindOf(KeyFigure figure) => figure.Kind == KeyFigureKind.Share ? ColumnKind.Share : ColumnKind.Value;

    /// <summary>A value as the screen shows it: shares as percentages, numbers with French separators, codes by their label.</summary>
    private static string Cell(object? value, ColumnKind kind) => value switch
    {
        null => "—",
        double share when kind == ColumnKind.Share => share.ToString("0.0 %", FrenchFormat.Culture),
        string code when kind == ColumnKind.Code => CodeLabels.Of(code),
        int or long when kind == ColumnKind.Year => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        double number => number.ToString(number == Math.Floor(number) ? "#,##0" : "#,##0.0", FrenchFormat.Culture),
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,##0", FrenchFormat.Culture),
        // As written: a PDF runs no formula, the spreadsheets' leading apostrophe would only show.
        string text => text,
        SecretValue secret => secret.Text,
        _ => IndicatorTable.Format(value),
    };
}
