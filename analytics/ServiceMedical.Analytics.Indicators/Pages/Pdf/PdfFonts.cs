using PdfSharp.Fonts;
using ServiceMedical.Analytics.Charts;

namespace ServiceMedical.Analytics.Indicators.Pages.Pdf;

/// <summary>
/// The charts' font for PDFs too: PDFsharp's cross-platform build finds no font by itself on Linux, and a dossier
/// should read the same on every machine. Registered once per process, before the first PDF.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    private static readonly Lazy<bool> s_registered = new(() =>
    {
        GlobalFontSettings.FontResolver = new PdfFonts();
        return true;
    });

    public static bool EnsureRegistered() => s_registered.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(ChartStyle.FontFile(bold: faceName.EndsWith("-Bold", StringComparison.Ordinal)));
}
