using System.Text;
using ServiceMedical.Analytics.Ingest.Reading;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>How an extract file is written: the demo mixes them as real extracts do.</summary>
internal sealed record ExtractStyle(char Separator, TextEncoding Encoding, bool FrenchFormats)
{
    public static readonly ExtractStyle FrenchWindows = new(';', TextEncoding.Windows1252, true);
    public static readonly ExtractStyle FrenchUtf8 = new(';', TextEncoding.Utf8, true);
    public static readonly ExtractStyle FrenchUtf8Bom = new(';', TextEncoding.Utf8WithBom, true);
    public static readonly ExtractStyle IsoUtf8 = new(',', TextEncoding.Utf8, false);
    public static readonly ExtractStyle IsoUtf8Bom = new(',', TextEncoding.Utf8WithBom, false);

    public Encoding TextEncoder => Encoding switch
    {
        TextEncoding.Windows1252 => TextEncodings.Windows1252,
        TextEncoding.Utf8WithBom => new UTF8Encoding(true),
        _ => new UTF8Encoding(false),
    };
}
