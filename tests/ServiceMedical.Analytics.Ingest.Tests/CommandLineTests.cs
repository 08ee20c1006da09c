using System.Diagnostics;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>The command line as an operator runs it: a real child process on a real database file.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Ingest_PrintsOneLinePerFile_AndExitsNonZeroWhenAFileFails()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "centres_sante.csv"), "finess;raison_sociale;code_departement\n010000024;Centre A;01\n");
        File.WriteAllText(Path.Combine(inbox, "contrats_assistants_medicaux.csv"), "numero_contrat;nom\nAM-1;Dupont\n");

        var (exit, output, _) = Jobs("ingest", inbox, "--db", Path.Combine(_folder, "cli.duckdb"));

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^centres_sante\.csv +centres_sante +acceptées +1 +rejetées +0 +chargé$", lines[0]);
        Assert.Matches(@"^contrats_assistants_medicaux\.csv +contrats_assistants_medicaux +acceptées +0 +rejetées +0 +échec$", lines[1]);
        Assert.Contains("colonne nom : la colonne « nom » semble contenir des données personnelles", lines[2], StringComparison.Ordinal);
    }

    /// <summary>The newcomer's first run ends as the dashboard's first start does: forecasts trained and published with the data.</summary>
    [Fact]
    public void Quickstart_LoadsTheDemo_AndPublishesItsForecasts()
    {
        var database = Path.Combine(_folder, "quickstart.duckdb");

        var (exit, output, _) = Jobs("quickstart", "--db", database, "--out", Path.Combine(_folder, "demo"));

        Assert.Equal(0, exit);
        Assert.Matches(@"Actualisation : actualisation publiée ; prévisions de 57 périmètres en \d+,\d s", output);
        var csv = Path.Combine(_folder, "prevision.csv");
        var export = Jobs("export", "prevision-adhesion", "--db", database, "--format", "csv", "--out", csv);
        Assert.Equal(0, export.Exit);
        // France's history from September 2019 to the demo's last complete month, then 12 months ahead.
        var lines = File.ReadAllLines(csv, System.Text.Encoding.UTF8);
        Assert.Equal(12, lines.Count(l => l.Contains(";prévision;", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("30/09/2019;FR;France;observé;", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_WritesTheIndicatorAsFrenchCsv_AndRefusesAnotherRegionToARegionalUser()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "small")).FullName;
        var database = Path.Combine(_folder, "export.duckdb");
        File.WriteAllText(Path.Combine(inbox, "centres_sante.csv"), "finess;raison_sociale;code_departement\n010000024;Centre A;01\n010780054;Centre B;01\n");
        File.WriteAllText(Path.Combine(inbox, "eligibilite.csv"),
            "date_extraction;type_beneficiaire;identifiant_beneficiaire;code_departement;eligible\n" +
            "01/01/2021;centre_sante;010000024;01;oui\n01/01/2021;centre_sante;010780054;01;oui\n");
        // The extract declares its date in its name: the figures are true on 30/06/2021.
        File.WriteAllText(Path.Combine(inbox, "contrats_assistants_medicaux_2021-06-30.csv"),
            "numero_contrat;type_beneficiaire;identifiant_beneficiaire;code_departement;date_signature;date_debut;date_fin;etp_assistants;file_active_reference;objectif_progression_pct;statut\n" +
            "AM-0001;centre_sante;010000024;01;10/03/2021;01/04/2021;31/03/2026;1;3000;10;en_cours\n");
        Assert.Equal(0, Jobs("ingest", inbox, "--db", database).Exit);
        var csv = Path.Combine(_folder, "adhesion.csv");
        var before = File.ReadAllBytes(database);

        var (exit, output, _) = Jobs("export", "adhesion", "--db", database, "--region", "84", "--format", "csv", "--out", csv);

        Assert.Equal(0, exit);
        Assert.Matches(@"^adhesion : 1 lignes écrites dans .*adhesion\.csv \(données jusqu'au 30/06/2021, chargées le \d\d/\d\d/\d{4} à \d\d:\d\d\)$", output.Trim());
        // Like every export, under the small-count rule: 2 eligible and 1 under contract are fewer than 11.
        Assert.Equal(["Instantané;Code zone;Zone;Compté au;Éligibles;Sous contrat;Taux d'adhésion", "01/01/2021;84;Auvergne-Rhône-Alpes;30/06/2021;< 11;< 11;secret"],
            File.ReadAllLines(csv, System.Text.Encoding.UTF8));
        // --exact writes the figures themselves, and says they are not to be passed on.
        var exact = Jobs("export", "adhesion", "--db", database, "--region", "84", "--exact", "--format", "csv", "--out", csv);
        Assert.EndsWith("— chiffres exacts, sans secret statistique : à ne pas diffuser", exact.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal("01/01/2021;84;Auvergne-Rhône-Alpes;30/06/2021;2;1;\"0,5\"", File.ReadAllLines(csv, System.Text.Encoding.UTF8)[1]);
        // A reader never writes: the database file is byte for byte what the ingest left.
        Assert.Equal(before, File.ReadAllBytes(database));
        // A period past the data is cut at the horizon, and said so.
        var cut = Jobs("export", "contrats", "--db", database, "--from", "2021-03-01", "--to", "2021-12-31", "--format", "csv", "--out", csv);
        Assert.Contains("période arrêtée au 30/06/2021", cut.Output, StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(csv).Length);   // header, March to June
        var refused = Jobs("export", "adhesion", "--db", database, "--region", "11", "--user-region", "84", "--format", "csv", "--out", csv);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("accès refusé : votre périmètre est la région 84", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_NamingADatabaseThatDoesNotExist_FailWithItsName_AndCreateNothing()
    {
        var missing = Path.Combine(_folder, "absente.duckdb");

        var export = Jobs("export", "adhesion", "--db", missing, "--format", "csv", "--out", Path.Combine(_folder, "a.csv"));
        var forecast = Jobs("forecast", "--db", missing, "--format", "csv", "--out", Path.Combine(_folder, "f.csv"));
        var refresh = Jobs("refresh", "--db", missing);

        Assert.All([export, forecast, refresh], r =>
        {
            Assert.Equal(1, r.Exit);
            Assert.Contains($"base introuvable : {missing}", r.Error, StringComparison.Ordinal);
        });
        Assert.False(File.Exists(missing));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void RefreshAndExportPack_RunTheJobs_OnTheDatabaseTheIngestPublished()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "pack")).FullName;
        var database = Path.Combine(_folder, "pack.duckdb");
        File.WriteAllText(Path.Combine(inbox, "centres_sante.csv"), "finess;raison_sociale;code_departement\n010000024;Centre A;01\n010780054;Centre B;01\n");
        File.WriteAllText(Path.Combine(inbox, "eligibilite.csv"),
            "date_extraction;type_beneficiaire;identifiant_beneficiaire;code_departement;eligible\n" +
            "01/01/2021;centre_sante;010000024;01;oui\n01/01/2021;centre_sante;010780054;01;oui\n");
        Assert.Equal(0, Jobs("ingest", inbox, "--db", database).Exit);
        var outbox = Path.Combine(_folder, "outbox");

        var refresh = Jobs("refresh", "--db", database);
        var pack = Jobs("export-pack", "--out", outbox, "--region", "84", "--db", database);
        var unknown = Jobs("export-pack", "--out", outbox, "--region", "99", "--db", database);

        // Published all the same, but without forecasts: a warning and its own exit status.
        Assert.Equal(3, refresh.Exit);
        Assert.StartsWith("Actualisation : actualisation publiée ; aucune prévision : Historique trop court pour prévoir : 0 mois, il en faut au moins 12.", refresh.Output, StringComparison.Ordinal);
        Assert.Equal("refresh : avertissement : données publiées sans prévision : Historique trop court pour prévoir : 0 mois, il en faut au moins 12.", refresh.Error.Trim());
        Assert.Equal(0, pack.Exit);
        Assert.Contains("5 dossiers pour 1 périmètre(s)", pack.Output, StringComparison.Ordinal);
        var region = Path.Combine(outbox, "84-auvergne-rhone-alpes");
        Assert.Equal(["dossier-assistants-medicaux.zip", "dossier-integration.zip", "dossier-previsions.zip", "dossier-recrutement.zip", "dossier-vue-ensemble.zip"],
            Directory.GetFiles(region).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(region, "dossier-assistants-medicaux.zip")))
        {
            Assert.Contains(zip.Entries, e => e.Name == "adhesion.png");
            using var note = new StreamReader(zip.GetEntry("LISEZMOI.txt")!.Open());
            Assert.Contains("Région Auvergne-Rhône-Alpes", note.ReadToEnd(), StringComparison.Ordinal);
        }

        Assert.Equal(2, unknown.Exit);
        Assert.Contains("Région inconnue : « 99 »", unknown.Error, StringComparison.Ordinal);

        // One month of history cannot be backtested: said plainly, nothing written.
        var forecast = Jobs("forecast", "--format", "csv", "--out", Path.Combine(_folder, "prevision.csv"), "--db", database);
        Assert.Equal(1, forecast.Exit);
        Assert.Contains("Historique trop court pour prévoir", forecast.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "prevision.csv")));
    }

    [Fact]
    public void Settings_ComeFromTheEnvironment_AsTheWebApps_AndEveryUnusableOneIsNamed()
    {
        var missing = Path.Combine(_folder, "de-l-environnement.duckdb");

        var fromEnvironment = Jobs([("Database__Path", missing)], "rejects", "--out", Path.Combine(_folder, "r.csv"));
        var refused = Jobs([("Jobs__TimeZone", "Mars/Olympus"), ("Ingest__MaxRejectedShare", "beaucoup"), ("Database__MemoryLimit", "tout")],
            "refresh", "--db", missing);

        Assert.Equal(1, fromEnvironment.Exit);
        Assert.Contains($"base introuvable : {missing}", fromEnvironment.Error, StringComparison.Ordinal);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("Database:MemoryLimit : « tout »", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Jobs:TimeZone : fuseau horaire inconnu « Mars/Olympus »", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Ingest:MaxRejectedShare : un nombre entre 0 et 1", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Rejects_WritesTheRejectsOfALoadAsFrenchCsv_AndPrintsThemCountedByReason()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "rejects")).FullName;
        var database = Path.Combine(_folder, "rejects.duckdb");
        File.WriteAllText(Path.Combine(inbox, "centres_sante.csv"), "finess;raison_sociale;code_departement\n010000024;Centre A;01\n=1+1;Centre B;01\n010780054;Centre C;99\n");
        Assert.Equal(1, Jobs("ingest", inbox, "--db", database).Exit);
        var csv = Path.Combine(_folder, "rejets.csv");

        var latest = Jobs("rejects", "--out", csv, "--db", database);
        var rejects = File.ReadAllLines(csv, System.Text.Encoding.UTF8);
        var byFile = Jobs("rejects", "--file", "centres_sante.csv", "--out", csv, "--db", database);
        var unknown = Jobs("rejects", "--load", "7", "--out", csv, "--db", database);
        var otherFile = Jobs("rejects", "--load", "1", "--file", "eligibilite.csv", "--out", csv, "--db", database);

        Assert.Equal(0, latest.Exit);
        Assert.Equal(
            ["Chargement n° 1 : centres_sante.csv (centres_sante), refusé, 2 lignes rejetées sur 3",
             "  centres_sante.csv : 2 lignes rejetées sur 3, au-delà du seuil de 5 % : fichier refusé (voir les rejets du chargement n° 1)",
             "  finess : numéro FINESS invalide (9 caractères, clé de contrôle) — 1 rejet, première ligne 3 (« =1+1 »)",
             "  code_departement : département absent du COG 2025 — 1 rejet, première ligne 4 (« 99 »)",
             $"2 rejets écrits dans {csv}"],
            latest.Output.Trim().Split('\n'));
        // A value from the file that a spreadsheet would run as a formula is written as text.
        Assert.Equal(["Ligne;Colonne;Valeur;Motif", "3;finess;'=1+1;\"numéro FINESS invalide (9 caractères, clé de contrôle)\"", "4;code_departement;99;département absent du COG 2025"], rejects);
        Assert.Equal(latest.Output, byFile.Output);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("rejects : chargement n° 7 introuvable", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, otherFile.Exit);
        Assert.Contains("rejects : le chargement n° 1 n'est pas celui du fichier « eligibilite.csv »", otherFile.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rejects")]
    [InlineData("rejects --out x.csv --load douze")]
    [InlineData("export")]
    [InlineData("export nope --format csv --out x.csv")]
    [InlineData("export adhesion --format xlsx --out x.csv")]
    [InlineData("export adhesion --format csv --out x.csv --region 99")]
    [InlineData("ingest")]
    [InlineData("demo")]
    [InlineData("demo --out x --scale énorme")]
    [InlineData("demo --out x --seed -3")]
    [InlineData("ingest . --base x")]
    [InlineData("fly")]
    [InlineData("export-pack --region 84")]
    [InlineData("refresh --out x")]
    [InlineData("forecast --format xlsx --out x.xlsx")]
    [InlineData("forecast --format csv")]
    [InlineData("forecast --format csv --out x.csv --region 99")]
    [InlineData("forecast --format csv --out x.csv --horizon 0")]
    public void BadCommandLine_ExitsWith2_AndSaysWhereTheHelpIs(string commandLine)
    {
        var (exit, _, error) = Jobs(commandLine.Split(' '));

        Assert.Equal(2, exit);
        // Either the command's help itself (an option missing or unknown) or how to ask for it (a value the command refuses).
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_IsGenerated_ForEveryCommand_InFrench()
    {
        var (exit, output, _) = Jobs("--help");

        Assert.Equal(0, exit);
        // French typography: a no-break space before the colon.
        Assert.Contains("Utilisation\u00A0:", output, StringComparison.Ordinal);
        foreach (var command in new[] { "quickstart", "demo", "ingest", "rejects", "refresh", "indicators", "export", "forecast", "export-pack", "docs" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", output);
        }

        // The benchmarks are not operations: they have their own program (jobs/ServiceMedical.Analytics.Bench).
        Assert.DoesNotMatch(@"(?m)^\s+bench\b", output);
        var export = Jobs("export", "--help");
        Assert.Contains("--centre-type <TYPE>", export.Output, StringComparison.Ordinal);
        Assert.Contains("--out <FICHIER>", export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueTheCommandRefuses_IsNamedInFrench_WithTheCommandsHelp()
    {
        var (exit, _, error) = Jobs("forecast", "--format", "csv", "--out", "x.csv", "--horizon", "zéro");

        Assert.Equal(2, exit);
        Assert.Contains("--horizon attend un entier positif, pas « zéro »", error, StringComparison.Ordinal);
        Assert.Contains("Utilisation\u00A0:", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A large load killed inside its transaction leaves the database as it was: the previous rows, and a
    /// registry that says the load was interrupted. The same file then loads.
    /// </summary>
    [Fact]
    public void LoadKilledMidTransaction_LeavesPreviousDataIntact_AndIsMarkedInterrupted()
    {
        var database = Path.Combine(_folder, "kill.duckdb");
        var first = Directory.CreateDirectory(Path.Combine(_folder, "first")).FullName;
        File.WriteAllText(Path.Combine(first, "activite_mesuree_avant.csv"),
            "type_beneficiaire;identifiant_beneficiaire;mois;file_active\nmedecin_liberal;20000000001;2020-01;1000\nmedecin_liberal;20000000001;2020-02;1010\n");
        Assert.Equal(0, Jobs("ingest", first, "--db", database).Exit);
        var large = Directory.CreateDirectory(Path.Combine(_folder, "large")).FullName;
        DemoData.ActivityFile.Write(Path.Combine(large, "activite_mesuree_gros.csv"), 3_000_000);

        var writing = KillWhenWriting(database, large);

        Assert.True(writing, "the child never reached the write phase");
        using (var connection = new DuckDBConnection($"Data Source={database}"))
        {
            connection.Open();
            Assert.Equal("1000,1010", Scalar(connection, "SELECT string_agg(file_active, ',' ORDER BY mois) FROM activite_mesuree"));
        }

        // Opening through the product marks the cut-off load; loading again then succeeds.
        var (exit, output, _) = Jobs("ingest", large, "--db", database);
        Assert.Equal(0, exit);
        Assert.Contains("acceptées  3 000 000", output.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        using (var connection = new DuckDBConnection($"Data Source={database}"))
        {
            connection.Open();
            Assert.Equal("succeeded,interrupted,succeeded", Scalar(connection, "SELECT string_agg(status, ',' ORDER BY load_id) FROM load_registry"));
            Assert.Equal("3000002", Scalar(connection, "SELECT count(*) FROM activite_mesuree"));
        }
    }

    [Fact]
    public void CommittedDataContractsDocument_IsUpToDate()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "data-contracts.md"));

        Assert.True(committed == DataContractsDocument.Render(),
            "docs/data-contracts.md is stale: run `dotnet run --project jobs/ServiceMedical.Analytics.Jobs -- docs`");
    }

    private static bool KillWhenWriting(string database, string inbox)
    {
        using var process = Process.Start(Start("ingest", inbox, "--db", database))!;
        var writing = false;
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null)
        {
            if (line.EndsWith(": écriture", StringComparison.Ordinal))
            {
                writing = true;
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        process.WaitForExit();
        return writing;
    }

    private static (int Exit, string Output, string Error) Jobs(params string[] arguments) => Jobs([], arguments);

    private static (int Exit, string Output, string Error) Jobs((string Name, string Value)[] environment, params string[] arguments)
    {
        var start = Start(arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static ProcessStartInfo Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ServiceMedical.Analytics.Jobs.dll") },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceMedical.Analytics.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
