using System.Globalization;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// One verdict per value, whatever the other rows: a value in a clean file (loaded in one read) and the same value in a
/// file another row sends to staging are both accepted, with the same stored value, or both rejected. Checked on
/// hand-picked and generated values of every column type.
/// </summary>
public sealed class SameVerdictTests : IDisposable
{
    private const string CentreHeader = "finess;raison_sociale;code_departement;type_centre;engage_polyvalence;etp_medecins;date_ouverture\n";
    private const string ActivityHeader = "type_beneficiaire;identifiant_beneficiaire;mois;file_active\n";
    private readonly TestDatabase _db = new();
    private int _file;

    public SameVerdictTests() => _db.Load("centres_sante_base.csv", CentreHeader + "010000024;Centre A;01;medical;;2;05/03/2012\n");

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, string> Values()
    {
        var data = new TheoryData<string, string>();
        string[] integers = ["1000", "1e3", "1E3", "1_000", "1234.0", "12.", "+5", " 5 ", "0012", "12.5", "1,5", "1,0", "inf", "nan", "Infinity", "0x1A",
            "1 000", "--5", "5-", "9007199254740991", "9007199254740993", "1e20", "abc", "٣", "１２", ".5", "1.0e2", "1.000,5"];
        string[] months = ["2024-01", "01/2024", "2024-1", "1/2024", "2024-13", "2024/01", "2024-01-15", "janv-24", " 2024-01 "];
        string[] decimals = ["2,5", "2.5", "1e1", "inf", "nan", "1_0", "0", "500", "500.1", "-1", ".5", "5.", "2,50", " 3 "];
        string[] dates = ["05/03/2012", "2012-03-05", "2012-3-5", "5/3/2012", "2012-03-05 00:00:00", "05/03/2012 00:00", "2012-03-05 10:30:00",
            "31/02/2012", "2012-02-30", "2012/03/05", "20120305", " 05/03/2012 "];
        string[] booleans = ["oui", "non", "OUI", "o", "n", "true", "1", "0", "vrai", "yes", " non "];
        string[] codes = ["medical", "MEDICAL", " medical ", "dentaire", "autre", "Médical", "polyvalent"];
        foreach (var v in integers.Concat(GeneratedNumbers(30)))
        {
            data.Add("file_active", v);
        }

        foreach (var (column, values) in new[] { ("mois", months), ("etp_medecins", decimals), ("date_ouverture", dates), ("engage_polyvalence", booleans), ("type_centre", codes) })
        {
            foreach (var v in values)
            {
                data.Add(column, v);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void AValue_GetsTheSameVerdict_AloneInACleanFile_AndBesideABadRow(string column, string value)
    {
        var (clean, staged) = column is "file_active" or "mois"
            ? (Activity(column, value, bad: false), Activity(column, value, bad: true))
            : (Centre(column, value, bad: false), Centre(column, value, bad: true));

        Assert.Equal(clean, staged);
    }

    /// <summary>The row with the value in a file of its own, and with a bad row after it: accepted or not, and what was stored.</summary>
    private (bool Accepted, string? Stored) Activity(string column, string value, bool bad)
    {
        var row = column == "mois" ? $"centre_sante;010000024;{value};1000\n" : $"centre_sante;010000024;2024-01;{value}\n";
        return LoadRow("activite_mesuree", ActivityHeader + row + (bad ? "centre_sante;010000024;2024-02;-1\n" : ""), "activite_mesuree", column);
    }

    private (bool Accepted, string? Stored) Centre(string column, string value, bool bad)
    {
        var cells = new Dictionary<string, string>
        {
            ["type_centre"] = "polyvalent", ["engage_polyvalence"] = "", ["etp_medecins"] = "2", ["date_ouverture"] = "05/03/2012",
        };
        cells[column] = value;
        var row = $"010780054;Centre B;01;{cells["type_centre"]};{cells["engage_polyvalence"]};{cells["etp_medecins"]};{cells["date_ouverture"]}\n";
        return LoadRow("centres_sante", CentreHeader + row + (bad ? "999999999;Centre X;99;medical;;1;01/01/2010\n" : ""), "centres_sante", column);
    }

    private (bool Accepted, string? Stored) LoadRow(string dataset, string content, string table, string column)
    {
        var result = _db.Load($"{dataset}_{++_file}.csv", content, new LoadPolicy(1.0));
        // The row of the value is line 2: accepted when the load stored a row and rejected nothing on line 2.
        var rejected = _db.Rejects(result.LoadId!.Value).Any(r => r.Line == 2);
        var stored = _db.Text($"SELECT CAST({column} AS VARCHAR) FROM {table} WHERE load_id = {result.LoadId}");
        return (result.Status == LoadStatus.Succeeded && !rejected, rejected ? null : stored);
    }

    /// <summary>Number-like text: signs, digits, a point or a comma, an exponent, an underscore, spaces.</summary>
    private static IEnumerable<string> GeneratedNumbers(int count)
    {
        var random = new Random(13);
        string[] parts = ["", "+", "-", " "];
        for (var i = 0; i < count; i++)
        {
            var digits = random.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture);
            var text = parts[random.Next(parts.Length)] + digits;
            text += random.Next(6) switch
            {
                0 => "." + random.Next(0, 100).ToString(CultureInfo.InvariantCulture),
                1 => "," + random.Next(0, 10).ToString(CultureInfo.InvariantCulture),
                2 => "e" + random.Next(0, 4).ToString(CultureInfo.InvariantCulture),
                3 => "_" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
                4 => ".0",
                _ => "",
            };
            yield return text;
        }
    }
}
