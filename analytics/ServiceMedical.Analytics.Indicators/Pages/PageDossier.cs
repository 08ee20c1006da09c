using System.IO.Compression;
using System.Text;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Pages;

/// <summary>
/// A page's whole set in one ZIP ("dossier"): each chart as PNG and SVG, each table as CSV and XLSX, the
/// page's key figures, all of it as one PDF (<see cref="Pdf.PageDossierPdf"/>), and a note saying what the dossier
/// shows, for whom and as of when. Tables and key figures under the small-count rule, like every export.
/// </summary>
public static class PageDossier
{
    public static void Write(Stream stream, DashboardPage page, IndicatorReader reader, IndicatorFilter filter, TimeProvider time)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var contents = new List<string>();
        if (new KeyFiguresQuery(reader).Run(page, filter) is var (periods, figures))
        {
            var table = new IndicatorTable(["Indicateur", "Période", "Valeur", "Période précédente", "Valeur précédente", "Précision"],
                [.. figures.Select(reader.Secrecy.Export).Select(f => (IReadOnlyList<object?>)[f.Figure.Label, Span(periods.From, periods.To), f.Value,
                    periods.PreviousTo is { } previousTo ? Span(periods.PreviousFrom, previousTo) : null, f.Previous, f.Detail])]);
            Add(zip, "chiffres-cles.csv", table.WriteCsv);
            contents.Add("chiffres-cles.csv : chiffres clés et période précédente");
        }

        foreach (var chart in IndicatorCatalog.ChartsOf(page))
        {
            if (chart.Render(reader, filter) is not { } rendered)
            {
                continue;
            }

            Add(zip, $"{chart.Name}.png", s => s.Write(rendered.ExportPng()));
            Add(zip, $"{chart.Name}.svg", s => s.Write(Encoding.UTF8.GetBytes(rendered.ExportSvg())));
            Add(zip, $"{chart.Name}.csv", rendered.Exported.Table.WriteCsv);
            Add(zip, $"{chart.Name}.xlsx", s => rendered.WriteXlsx(s));
            contents.Add($"{chart.Name} (.png, .svg, .csv, .xlsx) : {rendered.Caption.Title}");
        }

        Add(zip, "dossier.pdf", s => Pdf.PageDossierPdf.Write(s, page, reader, filter, time));
        contents.Add("dossier.pdf : tout le dossier à imprimer, graphiques et tableaux");
        var caption = reader.Caption(page.Title, filter, page.Datasets);
        Add(zip, "LISEZMOI.txt", s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(true), leaveOpen: true);
            writer.WriteLine($"Dossier « {page.Title} »");
            writer.WriteLine(caption.Footer);
            writer.WriteLine($"Produit le {FrenchFormat.ParisTime(time.GetUtcNow().UtcDateTime)} (heure de Paris).");
            writer.WriteLine(reader.Secrecy.Notice);
            writer.WriteLine();
            contents.ForEach(writer.WriteLine);
        });
    }

    private static string Span(DateOnly? from, DateOnly to) => $"{(from is { } f ? FrenchFormat.Day(f) : "début des données")} – {FrenchFormat.Day(to)}";

    private static void Add(ZipArchive zip, string name, Action<Stream> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(entry);
    }
}
