using System.Text;
using System.Xml;
using DuckDB.NET.Data;
using Sylvan.Data.Csv;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>
/// Why a file could not be read, in French, naming the file and its line where one is known. Every failure of a
/// reader — a library's own exception included — becomes a refused file with this message: no file can crash the
/// loader or stop the files after it.
/// </summary>
internal static class ReadFailure
{
    public static string Describe(string fileName, Exception e) => e switch
    {
        IngestException => e.Message,
        CsvFormatException f => Csv(fileName, f, firstRecordLine: null).Message,
        DuckDBException d => new IngestException(fileName, "lecture impossible : " + Clean(d.Message.Split('\n')[0])).Message,
        XmlException or InvalidDataException => new IngestException(fileName, "fichier endommagé ou tronqué : son contenu ne peut être lu").Message,
        IOException or UnauthorizedAccessException => new IngestException(fileName, "fichier illisible : " + Clean(e.Message)).Message,
        _ => new IngestException(fileName, $"fichier illisible ({e.GetType().Name})").Message,
    };

    /// <summary>Text from a file or a library, safe to show and to store: no control characters, at most 200 characters.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(Math.Min(text.Length, 200));
        foreach (var c in text)
        {
            if (clean.Length == 200)
            {
                return clean.Append('…').ToString();
            }

            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        return clean.ToString();
    }

    /// <summary>
    /// A CSV reader's failure in French; <paramref name="firstRecordLine"/> is the file line of the reader's record 1 (2 after a
    /// header), null when the line is not known.
    /// </summary>
    public static IngestException Csv(string fileName, CsvFormatException e, int? firstRecordLine)
    {
        long? line = firstRecordLine is { } first && e.RowNumber > 0 ? e.RowNumber + first - 1 : null;
        return e switch
        {
            CsvMissingHeadersException => new IngestException(fileName, "fichier vide : aucune ligne d'en-tête"),
            CsvRecordTooLargeException => new IngestException(fileName,
                "enregistrement démesuré (plusieurs mégaoctets d'un seul tenant) : guillemet jamais fermé ou fichier endommagé", line),
            CsvInvalidCharacterException c => new IngestException(fileName,
                $"caractère « {Printable(c.InvalidCharacter)} » inattendu après un guillemet : guillemet non fermé ou mal doublé", line),
            _ => new IngestException(fileName, "structure CSV illisible (guillemets ou séparateurs)", line),
        };
    }

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
