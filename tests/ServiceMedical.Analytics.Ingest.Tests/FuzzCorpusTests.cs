using System.Text;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// A corpus of malformed files generated from good ones — truncated, bytes flipped or inserted, re-encoded, fields
/// swollen, lines ending every way, emptied — in CSV, XLSX and Parquet. Each must end loaded or refused with a reason
/// naming it, the registry row closed, the process alive and the data of a refused file unchanged.
/// </summary>
public sealed class FuzzCorpusTests : IDisposable
{
    private const int Seed = 20261201;
    private readonly TestDatabase _db = new();

    public FuzzCorpusTests()
    {
        _db.Load("centres_sante_base.csv", "finess;raison_sociale;code_departement;type_centre;etp_medecins;date_ouverture\n" +
                                           "010000024;Centre A;01;polyvalent;2,5;05/03/2012\n010780054;Centre B;01;medical;1;2015-06-01\n");
        _db.Load("contrats_assistants_medicaux_base.csv", ContractHeader + "AM-0001;centre_sante;010000024;01;10/03/2021;01/04/2021;31/03/2026;1;3000;10;en_cours\n");
    }

    public void Dispose() => _db.Dispose();

    private const string ContractHeader =
        "numero_contrat;type_beneficiaire;identifiant_beneficiaire;code_departement;date_signature;date_debut;date_fin;etp_assistants;file_active_reference;objectif_progression_pct;statut\n";

    [Fact]
    public void NoMalformedFile_CrashesTheLoader_NorChangesTheDataWhenRefused()
    {
        var random = new Random(Seed);
        var corpus = Directory.CreateDirectory(Path.Combine(_db.Folder, "corpus")).FullName;
        var seeds = Seeds(corpus);
        var files = new List<string>();
        for (var i = 0; i < 240; i++)
        {
            var (name, bytes) = seeds[i % seeds.Count];
            var mutation = i / seeds.Count % Mutations.Count;
            var mutated = Mutations[mutation](bytes, random, name.EndsWith(".csv", StringComparison.Ordinal));
            var path = Path.Combine(corpus, $"{Path.GetFileNameWithoutExtension(name)}_f{i:000}{Path.GetExtension(name)}");
            File.WriteAllBytes(path, mutated);
            files.Add(path);
        }

        var outcomes = new Dictionary<LoadStatus, int>();
        foreach (var path in files)
        {
            var before = Fingerprint();
            var result = _db.Loader(LoadPolicy.Default).Load(path);

            outcomes[result.Status] = outcomes.GetValueOrDefault(result.Status) + 1;
            Assert.Equal(0, _db.Count("SELECT count(*) FROM load_registry WHERE status = 'running'"));
            if (result.Status == LoadStatus.Failed)
            {
                Assert.StartsWith(Path.GetFileName(path), result.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\0', result.Message!);
                Assert.True(before == Fingerprint(), $"{Path.GetFileName(path)} was refused but changed the data");
            }
        }

        // The corpus exercises both outcomes: the loader is neither refusing everything nor taking anything.
        Assert.True(outcomes.GetValueOrDefault(LoadStatus.Failed) > 100, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(LoadStatus.Succeeded) > 10, string.Join(", ", outcomes));
    }

    /// <summary>Good files, each a little different: CSV with ';' in French formats or ',' in ISO ones, an XLSX and a Parquet extract.</summary>
    private static List<(string Name, byte[] Bytes)> Seeds(string folder)
    {
        var centres = "finess;raison_sociale;code_departement;type_centre;engage_polyvalence;etp_medecins;date_ouverture\n" +
                      "750000002;\"Centre P; Paris\";75;polyvalent;non;3,5;01/02/2010\n750000010;Centre Q;75;medical;;1;15/09/2018\n";
        var contracts = ContractHeader.Replace(';', ',') +
                        "AM-0002,centre_sante,010780054,01,2021-04-02,2021-05-01,2026-04-30,2,2500,8.5,en_cours\n" +
                        "AM-0003,medecin_liberal,10000000001,01,2021-06-15,2021-07-01,2026-06-30,1,1800,12,en_cours\n";
        var xlsx = Path.Combine(folder, "seed.xlsx");
        MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object?> { ["finess"] = "690000001", ["raison_sociale"] = "Centre R", ["code_departement"] = "69", ["date_ouverture"] = new DateTime(2011, 1, 3) },
            new Dictionary<string, object?> { ["finess"] = "690000019", ["raison_sociale"] = "Centre S", ["code_departement"] = "69", ["date_ouverture"] = new DateTime(2019, 5, 6) },
        });
        var parquet = Path.Combine(folder, "seed.parquet");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "COPY (SELECT 'centre_sante' AS type_beneficiaire, '010000024' AS identifiant_beneficiaire, strftime(DATE '2022-01-01' + to_months(CAST(i AS INTEGER)), '%Y-%m') AS mois, " +
                                  "1000 + i AS file_active FROM range(24) t(i)) TO $path (FORMAT parquet)";
            command.Parameters.Add(new DuckDBParameter("path", parquet));
            command.ExecuteNonQuery();
        }

        return
        [
            ("centres_sante.csv", Encoding.UTF8.GetBytes(centres)),
            ("contrats_assistants_medicaux.csv", Encoding.UTF8.GetBytes(contracts)),
            ("centres_sante.xlsx", File.ReadAllBytes(xlsx)),
            ("activite_mesuree.parquet", File.ReadAllBytes(parquet)),
        ];
    }

    private delegate byte[] Mutation(byte[] bytes, Random random, bool text);

    private static readonly List<Mutation> Mutations =
    [
        // Truncated anywhere.
        (bytes, random, _) => bytes[..random.Next(bytes.Length)],
        // A few bytes flipped.
        (bytes, random, _) => Flip(bytes, random, random.Next(1, 6)),
        // Bytes inserted: quotes, separators, NUL, line ends, high bytes.
        (bytes, random, _) => Insert(bytes, random, [(byte)'"', (byte)';', (byte)',', 0, (byte)'\r', (byte)'\n', 0xFF, 0xC3]),
        // Re-encoded: UTF-16 either way, or UTF-8 read as Windows-1252 and written back.
        (bytes, random, text) => !text ? Zeroed(bytes, random) : (random.Next(3)) switch
        {
            0 => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes)),
            1 => Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(bytes)),
            _ => Encoding.UTF8.GetBytes(Reading.TextEncodings.Windows1252.GetString(bytes)),
        },
        // A field swollen to megabytes, inside or outside quotes.
        (bytes, random, text) => text ? Swollen(bytes, random) : Flip(bytes, random, 40),
        // Line ends of every kind, and trailing blank lines.
        (bytes, random, text) => !text ? bytes[..(bytes.Length / 2)] : Encoding.UTF8.GetBytes(string.Concat(Encoding.UTF8.GetString(bytes).Split('\n')
            .Select(line => line + random.Next(4) switch { 0 => "\n", 1 => "\r\n", 2 => "\r", _ => "\n\n" }))),
        // Emptied: nothing, a byte-order mark, blank lines, a header alone.
        (bytes, random, text) => (random.Next(4)) switch
        {
            0 => [],
            1 => [0xEF, 0xBB, 0xBF],
            2 => Encoding.UTF8.GetBytes("\n \n;;\n"),
            _ => text ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Split('\n')[0] + "\n") : bytes[..Math.Min(8, bytes.Length)],
        },
        // Noise.
        (bytes, random, _) =>
        {
            var noise = new byte[random.Next(1, 4096)];
            random.NextBytes(noise);
            return noise;
        },
    ];

    private static byte[] Flip(byte[] bytes, Random random, int count)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] alphabet)
    {
        var list = bytes.ToList();
        for (var i = 0; i < random.Next(1, 6); i++)
        {
            list.Insert(random.Next(list.Count + 1), alphabet[random.Next(alphabet.Length)]);
        }

        return [.. list];
    }

    private static byte[] Zeroed(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var from = random.Next(copy.Length);
        Array.Clear(copy, from, Math.Min(copy.Length - from, random.Next(1, 512)));
        return copy;
    }

    private static byte[] Swollen(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = random.Next(text.Length);
        var swell = (random.Next(2) == 0 ? "\"" : "") + new string('x', random.Next(1_000_000, 6_000_000));
        return Encoding.UTF8.GetBytes(text[..at] + swell + text[at..]);
    }

    /// <summary>Every dataset table's rows, as one text: equal before and after a refused file.</summary>
    private string Fingerprint() => string.Join("|", DataContracts.All.Select(d =>
        _db.Text($"SELECT count(*) || ':' || coalesce(md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))), '') FROM {d.Table} t")));
}
