using System.Globalization;
using System.Text;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>A large monthly-activity extract of plain rows, for the ingest benchmark and the tests that need volume.</summary>
public static class ActivityFile
{
    /// <summary>Monthly activity of médecins libéraux, as an extract would carry it.</summary>
    public static void Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("type_beneficiaire;identifiant_beneficiaire;mois;file_active;patients_medecin_traitant");
        var random = new Random(5);
        for (var i = 0; i < rows; i++)
        {
            var month = new DateOnly(2019, 1, 1).AddMonths(i % 84);
            var fileActive = 800 + random.Next(2200);
            writer.Write("medecin_liberal;");
            writer.Write((10_000_000_000L + i / 84).ToString(CultureInfo.InvariantCulture));
            writer.Write(';');
            writer.Write(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            writer.Write(';');
            writer.Write(fileActive.ToString(CultureInfo.InvariantCulture));
            writer.Write(';');
            writer.WriteLine((fileActive * 7 / 10).ToString(CultureInfo.InvariantCulture));
        }
    }
}
