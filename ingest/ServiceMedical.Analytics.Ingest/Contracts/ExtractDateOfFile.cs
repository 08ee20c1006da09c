using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// The extract date a file name declares: its last date written <c>AAAA-MM-JJ</c> or <c>AAAAMMJJ</c>
/// (<c>contrats_assistants_medicaux_2026-11-30.xlsx</c>, <c>etalab-cs1100502-stock-20260512-0339.csv</c>).
/// A month alone (<c>eligibilite_2021-01.csv</c>) declares nothing.
/// </summary>
public static partial class ExtractDateOfFile
{
    /// <summary>The declared date; null when the name declares none; a <see cref="FormatException"/> (in French) for a date that does not exist.</summary>
    public static DateOnly? Parse(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var matches = Declared().Matches(stem);
        if (matches.Count == 0)
        {
            return null;
        }

        var m = matches[^1];
        var text = $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"date d'extraction du nom de fichier impossible : « {m.Value} »");
    }

    // Years 2000–2099, month 01–12, day 01–31, not inside a longer number (a FINESS category code, say).
    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2})(?<sep>-?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex Declared();
}
