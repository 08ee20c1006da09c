using PdfSharp.Pdf;
using ServiceMedical.Analytics.Indicators.Pages.Pdf;

namespace ServiceMedical.Analytics.Indicators.Tests;

public sealed class PdfPageWriterTests
{
    /// <summary>
    /// A hundred rows run over three A4 landscape pages: each
    /// page starts with the header, every row is there once and in order, a text too long for its column ends in « … »
    /// without crushing the other columns, and every
    /// page says « Page n / 3 ».
    /// </summary>
    [Fact]
    public void ALongTable_RepeatsItsHeaderOnEveryPage_AndEveryPageIsNumbered()
    {
        using var document = new PdfDocument();
        using (var writer = new PdfPageWriter(document))
        {
            _ = writer.NewPage();
            writer.Title("Tableau d'essai");
            writer.Table(["Mois", "Zone", "Contrats"],
                [.. Enumerable.Range(1, 100).Select(i => (IReadOnlyList<string>)[$"ligne-{i:000}", i == 1 ? new string('x', 2000) : "Auvergne-Rhône-Alpes", $"{i * 3}"])]);
            writer.NumberPages("Dossier d'essai");
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Contains("Mois Zone Contrats", p, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"ligne-{i:000}"),
            pages.SelectMany(p => p.Split(' ').Where(w => w.StartsWith("ligne-", StringComparison.Ordinal))));
        Assert.Contains("…", pages[0], StringComparison.Ordinal);
        // The long text is cut, the other columns keep theirs.
        Assert.Contains("ligne-002 Auvergne-Rhône-Alpes 6", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Select((p, i) => (p, i)), x => Assert.Contains($"Page {x.i + 1} / 3", x.p, StringComparison.Ordinal));
    }
}
