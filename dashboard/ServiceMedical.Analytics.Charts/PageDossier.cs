using System.IO.Compression;
using System.Text;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Overview;
using ServiceMedical.Analytics.Indicators.Pages;

namespace ServiceMedical.Analytics.Charts;

/// <summary>
/// A page's whole set in one ZIP ("dossier"): each chart as PNG and SVG, each table as CSV and XLSX, the
/// overview's key figures, and a note saying what the dossier shows, for whom and as of when.
/// </summary>
public static class PageDossier
{
    public static void Write(Stream stream, DashboardPage page, ChartRequest request)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var contents = new List<string>();
        if (page.Name == "vue-ensemble")
        {
            var (periods, figures) = new KeyFiguresQuery(request.Connection, request.Time).Run(request.User, request.Filter);
            var table = new IndicatorTable(["Indicateur", "Période", "Valeur", "Période précédente", "Valeur précédente", "Précision"],
                [.. figures.Select(f => (IReadOnlyList<object?>)[f.Label, $"{periods.From:dd/MM/yyyy} – {periods.To:dd/MM/yyyy}", f.Value,
                    $"{periods.PreviousFrom:dd/MM/yyyy} – {periods.PreviousTo:dd/MM/yyyy}", f.Previous, f.Detail])]);
            Add(zip, "chiffres-cles.csv", table.WriteCsv);
            contents.Add("chiffres-cles.csv : chiffres clés et période précédente");
        }

        foreach (var chart in DashboardCharts.Of(page))
        {
            if (chart.Render(request) is not { } rendered)
            {
                continue;
            }

            Add(zip, $"{chart.Name}.png", s => s.Write(rendered.ExportPng()));
            Add(zip, $"{chart.Name}.svg", s => s.Write(Encoding.UTF8.GetBytes(rendered.ExportSvg())));
            Add(zip, $"{chart.Name}.csv", rendered.Table.WriteCsv);
            Add(zip, $"{chart.Name}.xlsx", s => rendered.Table.WriteXlsx(s, chart.Name));
            contents.Add($"{chart.Name} (.png, .svg, .csv, .xlsx) : {rendered.Caption.Title}");
        }

        var caption = request.Caption(page.Title);
        Add(zip, "LISEZMOI.txt", s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(true), leaveOpen: true);
            writer.WriteLine($"Dossier « {page.Title} »");
            writer.WriteLine(caption.Footer);
            writer.WriteLine($"Produit le {request.Time.GetLocalNow():dd/MM/yyyy à HH:mm}.");
            writer.WriteLine();
            contents.ForEach(writer.WriteLine);
        });
    }

    private static void Add(ZipArchive zip, string name, Action<Stream> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(entry);
    }
}
