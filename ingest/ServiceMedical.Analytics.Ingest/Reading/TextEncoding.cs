using System.Text;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>The encodings extracts arrive in.</summary>
public enum TextEncoding
{
    Utf8,
    Utf8WithBom,
    Windows1252,
}

public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static Encoding ToEncoding(this TextEncoding encoding) =>
        encoding == TextEncoding.Windows1252 ? Windows1252 : new UTF8Encoding(false);

    public static string Label(this TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8 => "utf-8",
        TextEncoding.Utf8WithBom => "utf-8 (BOM)",
        _ => "windows-1252",
    };

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
