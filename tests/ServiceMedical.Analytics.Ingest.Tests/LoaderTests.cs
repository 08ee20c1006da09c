using System.Text;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

public sealed class LoaderTests : IDisposable
{
    private const string Header = "finess;raison_sociale;code_departement;type_centre";
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("utf8-semicolon", ';', "utf-8")]
    [InlineData("utf8-comma", ',', "utf-8")]
    [InlineData("utf8bom-semicolon", ';', "utf-8-bom")]
    [InlineData("cp1252-semicolon", ';', "windows-1252")]
    [InlineData("cp1252-comma", ',', "windows-1252")]
    [InlineData("cp1252-semicolon-crlf", ';', "windows-1252", "\r\n")]
    [InlineData("utf8-comma-crlf", ',', "utf-8", "\r\n")]
    public void Csv_AnySeparatorAndEncoding_ReadsTheSameText(string name, char separator, string encoding, string newLine = "\n")
    {
        // é, œ and ’ differ between Latin-1 and Windows-1252: they must come back exactly.
        var content = $"finess{separator}raison_sociale{separator}code_departement{newLine}010000024{separator}\"Centre œcuménique d’Évian\"{separator}01{newLine}" +
                      $"010780054{separator}Centre B{separator}01{newLine}";
        Encoding enc = encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            _ => Reading.TextEncodings.Windows1252,
        };
        var path = _db.WriteFile($"centres_sante_{name}.csv", content, enc);

        var result = _db.Loader().Load(path);

        Assert.Equal(LoadStatus.Succeeded, result.Status);
        Assert.Equal(2, result.RowsAccepted);
        Assert.Equal("Centre œcuménique d’Évian", _db.Text("SELECT raison_sociale FROM centres_sante WHERE finess = '010000024'"));
        Assert.Equal("Centre B", _db.Text("SELECT raison_sociale FROM centres_sante WHERE finess = '010780054'"));
        Assert.Equal(encoding == "windows-1252" ? "windows-1252" : encoding == "utf-8" ? "utf-8" : "utf-8 (BOM)",
            _db.Text($"SELECT encoding FROM load_registry WHERE load_id = {result.LoadId}"));
    }

    [Fact]
    public void Csv_DecimalCommaAndBothDateFormats_AreParsed()
    {
        _db.Load("centres_sante.csv", "finess;raison_sociale;code_departement;etp_medecins;date_ouverture\n" +
                                      "010000024;A;01;2,25;05/03/2012\n010780054;B;01;1.5;2012-03-06\n");

        Assert.Equal(375, _db.Count("SELECT CAST(sum(etp_medecins) * 100 AS BIGINT) FROM centres_sante"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM centres_sante WHERE date_ouverture = DATE '2012-03-05'"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM centres_sante WHERE date_ouverture = DATE '2012-03-06'"));
    }

    [Fact]
    public void Xlsx_RoundTrip_KeepsEveryValue()
    {
        var path = Path.Combine(_db.Folder, "centres_sante.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["finess"] = "010000024", ["raison_sociale"] = "Centre A", ["code_departement"] = "01", ["etp_medecins"] = 2.5, ["date_ouverture"] = new DateTime(2015, 4, 1) },
            new Dictionary<string, object?> { ["finess"] = "010780054", ["raison_sociale"] = "Centre B", ["code_departement"] = "01", ["etp_medecins"] = 1, ["date_ouverture"] = null },
            new Dictionary<string, object?> { ["finess"] = "bad", ["raison_sociale"] = "Centre C", ["code_departement"] = "01", ["etp_medecins"] = 1, ["date_ouverture"] = null },
        });

        var result = _db.Loader(new LoadPolicy(0.5)).Load(path);

        Assert.Equal((LoadStatus.Succeeded, 3L, 2L, 1L), (result.Status, result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Equal("2015-04-01", _db.Text("SELECT strftime(date_ouverture, '%Y-%m-%d') FROM centres_sante WHERE finess = '010000024'"));
        Assert.Equal(35, _db.Count("SELECT CAST(sum(etp_medecins) * 10 AS BIGINT) FROM centres_sante"));
        var reject = Assert.Single(_db.Rejects(result.LoadId!.Value));
        Assert.Equal((4L, "finess", "bad"), (reject.Line, reject.Column, reject.Value));   // Excel row 4: header, then two rows
    }

    [Fact]
    public void Parquet_RoundTrip_KeepsEveryValue_AndNamesTheRow()
    {
        var path = Path.Combine(_db.Folder, "centres_sante.parquet");
        using (var scratch = new DuckDBConnection("Data Source=:memory:"))
        {
            scratch.Open();
            using var command = scratch.CreateCommand();
            command.CommandText =
                "COPY (SELECT * FROM (VALUES ('010000024', 'Centre A', '01', 2.5::DOUBLE, DATE '2015-04-01'), " +
                "('010780054', 'Centre B', '01', 1.0::DOUBLE, NULL), ('010780054', 'Centre B bis', '01', 1.0::DOUBLE, NULL)) " +
                "t(finess, raison_sociale, code_departement, etp_medecins, date_ouverture)) TO $path (FORMAT parquet)";
            command.Parameters.Add(new DuckDBParameter("path", path));
            command.ExecuteNonQuery();
        }

        var result = _db.Loader(new LoadPolicy(0.5)).Load(path);

        Assert.Equal((LoadStatus.Succeeded, 3L, 2L, 1L), (result.Status, result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Equal("2015-04-01", _db.Text("SELECT strftime(date_ouverture, '%Y-%m-%d') FROM centres_sante WHERE finess = '010000024'"));
        var reject = Assert.Single(_db.Rejects(result.LoadId!.Value));
        Assert.Equal((3L, "finess"), (reject.Line, reject.Column));   // third record of the file
    }

    [Fact]
    public void SameContentTwice_SecondLoadChangesNothing()
    {
        var content = Header + "\n010000024;A;01;medical\n";
        var first = _db.Load("centres_sante.csv", content);
        var second = _db.Load("centres_sante_copie.csv", content);

        Assert.Equal(LoadStatus.Succeeded, first.Status);
        Assert.Equal(LoadStatus.AlreadyLoaded, second.Status);
        Assert.Equal(first.LoadId, second.LoadId);
        Assert.Equal(1, _db.Count("SELECT count(*) FROM centres_sante"));
        Assert.Equal(1, _db.Count("SELECT count(*) FROM load_registry"));
    }

    [Fact]
    public void NewExtract_ReplacesRowsWithTheSameKey_AndKeepsTheOthers()
    {
        _db.Load("centres_sante_1.csv", Header + "\n010000024;Ancien nom;01;medical\n010780054;B;01;medical\n");
        _db.Load("centres_sante_2.csv", Header + "\n010000024;Nouveau nom;01;polyvalent\n");

        Assert.Equal(2, _db.Count("SELECT count(*) FROM centres_sante"));
        Assert.Equal("Nouveau nom", _db.Text("SELECT raison_sociale FROM centres_sante WHERE finess = '010000024'"));
    }

    [Fact]
    public void FailedFile_LeavesPreviousDataExactlyAsItWas_AndKeepsItsRejects()
    {
        _db.Load("centres_sante_1.csv", Header + "\n010000024;A;01;medical\n");
        var before = _db.Text("SELECT string_agg(finess || raison_sociale || load_id, ',') FROM centres_sante");

        // One good row that would replace A, and one bad row: strict policy refuses the whole file.
        var failed = _db.Load("centres_sante_2.csv", Header + "\n010000024;A remplacé;01;medical\n010780054;B;01;hopital\n");

        Assert.Equal(LoadStatus.Failed, failed.Status);
        Assert.Equal(before, _db.Text("SELECT string_agg(finess || raison_sociale || load_id, ',') FROM centres_sante"));
        Assert.Equal("failed", _db.Text($"SELECT status FROM load_registry WHERE load_id = {failed.LoadId}"));
        var reject = Assert.Single(_db.Rejects(failed.LoadId!.Value));
        Assert.Equal((3L, "type_centre", "hopital"), (reject.Line, reject.Column, reject.Value));
    }

    [Fact]
    public void RejectThreshold_BelowIt_ValidRowsLoad_AboveIt_NothingDoes()
    {
        var rows = Enumerable.Range(0, 20).Select(i => $"{Finess.WithKey($"010001{i:D2}")};Centre {i};01;medical").ToList();
        rows[7] = "010000199;Centre clé fausse;01;medical";    // 1 bad row in 20: 5 %

        var loaded = _db.Loader(new LoadPolicy(0.05)).Load(_db.WriteFile("centres_sante_a.csv", Header + "\n" + string.Join("\n", rows) + "\n"));
        var refused = _db.Loader(new LoadPolicy(0.04)).Load(_db.WriteFile("centres_sante_b.csv", Header + "\n" + string.Join("\n", rows.Skip(1)) + "\n"));

        Assert.Equal((LoadStatus.Succeeded, 19L, 1L), (loaded.Status, loaded.RowsAccepted, loaded.RowsRejected));
        Assert.Equal((LoadStatus.Failed, 0L, 1L), (refused.Status, refused.RowsAccepted, refused.RowsRejected));
        Assert.Contains("au-delà du seuil de 4 %", refused.Message, StringComparison.Ordinal);
        Assert.Equal(19, _db.Count("SELECT count(*) FROM centres_sante"));
        Assert.Equal(9, _db.Rejects(loaded.LoadId!.Value).Single().Line);
    }

    [Theory]
    [InlineData("centres_sante.csv", "finess;raison_sociale\n010000024;A\n", "centres_sante.csv, ligne 1, colonne code_departement : colonne obligatoire absente : code_departement")]
    [InlineData("centres_sante.csv", "finess;raison_sociale;code_departement;couleur\n010000024;A;01;bleu\n", "centres_sante.csv, ligne 1, colonne couleur : colonne « couleur » inconnue du contrat « centres_sante »")]
    [InlineData("candidatures.csv", "identifiant_candidature;nom;prenom\nCA-1;Dupont;Jean\n", "candidatures.csv, ligne 1, colonne nom : la colonne « nom » semble contenir des données personnelles")]
    [InlineData("candidatures.csv", "identifiant_candidature;date_naissance\nCA-1;01/01/1980\n", "candidatures.csv, ligne 1, colonne date_naissance : la colonne « date_naissance » semble contenir des données personnelles")]
    [InlineData("parcours_integration.csv", "identifiant_candidature;adresse_postale\nCA-1;1 rue\n", "parcours_integration.csv, ligne 1, colonne adresse_postale : la colonne « adresse_postale » semble contenir des données personnelles")]
    [InlineData("centres_sante.csv", "finess;raison_sociale;code_departement;finess\n010000024;A;01;010000024\n", "centres_sante.csv, ligne 1, colonne finess : colonne « finess » présente deux fois")]
    [InlineData("centres_sante.csv", "finess;raison_sociale;code_departement\n010000024;A;01\n010780054;B;01;en trop\n", "centres_sante.csv, ligne 3 : nombre de champs incorrect (attendu 3, trouvé 4)")]
    [InlineData("centres_sante.csv", "finess;raison_sociale;code_departement\n010000024;A;01\n010780054;\"B\nsuite\";01\n", "centres_sante.csv, ligne 3 : une valeur contient un retour à la ligne")]
    [InlineData("inconnu.csv", "a;b\n1;2\n", "inconnu.csv : jeu de données inconnu : le nom du fichier doit commencer par l'un de geographie, centres_sante")]
    [InlineData("centres_sante.json", "{}", "centres_sante.json : format « .json » non pris en charge")]
    [InlineData("centres_sante.csv", "finess raison_sociale\n010000024 A\n", "centres_sante.csv, ligne 1 : ligne d'en-tête illisible")]
    public void WrongStructure_RefusesTheWholeFile_NamingWhatIsWrong(string fileName, string content, string expected)
    {
        _db.Load("centres_sante_avant.csv", Header + "\n010000024;Avant;01;medical\n");

        var result = _db.Load(fileName, content);

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.StartsWith(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(fileName, _db.Text($"SELECT file_name FROM load_registry WHERE load_id = {result.LoadId}"));
        Assert.Equal("failed", _db.Text($"SELECT status FROM load_registry WHERE load_id = {result.LoadId}"));
        Assert.Equal("Avant", _db.Text("SELECT string_agg(raison_sociale, ',') FROM centres_sante"));
    }

    [Fact]
    public void FinessPublicExtract_RealSample_LoadsWithZeroCentresAndNoError()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "finess-sample15.csv");

        var result = _db.Loader().Load(path);

        Assert.Equal((LoadStatus.Succeeded, "centres_sante", 0L, 0L), (result.Status, result.Dataset, result.RowsRead, result.RowsRejected));
        Assert.Null(result.Message);
        Assert.Equal("finess-etalab", _db.Text($"SELECT file_format FROM load_registry WHERE load_id = {result.LoadId}"));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM centres_sante"));
    }

    [Fact]
    public void FinessPublicExtract_KeepsCategory124Only_WithOverseasDepartmentsMapped()
    {
        var sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "finess-sample15.csv"));
        // Two real rows turned into centres de santé (category 124): one in Ain, one in Guadeloupe (FINESS 9A = COG 971).
        var ain = sample[1].Replace(";355;Centre Hospitalier (C.H.);", ";124;Centre de Santé;", StringComparison.Ordinal);
        var guadeloupe = sample[2].Replace(";223;Protection Maternelle et Infantile (P.M.I.);", ";124;Centre de Santé;", StringComparison.Ordinal);
        var path = _db.WriteFile("etalab-cs1100502-test.csv", string.Join("\n", new[] { sample[0], ain, guadeloupe }.Concat(sample[3..])) + "\n");

        var result = _db.Loader().Load(path);

        Assert.Equal((LoadStatus.Succeeded, 2L, 2L), (result.Status, result.RowsRead, result.RowsAccepted));
        Assert.Equal("010000024:01:CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT,970102018:971:PMI SAINT BARTHELEMY",
            _db.Text("SELECT string_agg(finess || ':' || code_departement || ':' || raison_sociale, ',' ORDER BY finess) FROM centres_sante"));
        Assert.Equal("1979-02-13", _db.Text("SELECT strftime(date_ouverture, '%Y-%m-%d') FROM centres_sante WHERE finess = '010000024'"));
    }

    [Fact]
    public void FinessPublicExtract_RowOfWrongWidth_IsRefusedNamingTheLine()
    {
        var path = _db.WriteFile("etalab-cs1100502-court.csv", "finess;etalab;111;2026-05-12\nstructureet;010000024;010780054;CH\n");

        var result = _db.Loader().Load(path);

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.StartsWith("etalab-cs1100502-court.csv, ligne 2 : ligne structureet de 4 champs, 32 attendus", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeFile_RejectLineNumbers_FollowTheFile()
    {
        // 300 000 rows read by DuckDB on several threads: the reject must still name the right line.
        var text = new StringBuilder("type_beneficiaire;identifiant_beneficiaire;mois;file_active\n");
        for (var i = 0; i < 300_000; i++)
        {
            text.Append("medecin_liberal;").Append((10000000000L + (i / 84)).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(';').Append(2019 + (i % 84 / 12)).Append('-').Append((i % 12 + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
                .Append(';').Append(i == 250_000 ? "-3" : "1200").Append('\n');
        }

        var result = _db.Loader(LoadPolicy.Default).Load(_db.WriteFile("activite_mesuree.csv", text.ToString()));

        Assert.Equal((LoadStatus.Succeeded, 299_999L), (result.Status, result.RowsAccepted));
        var reject = Assert.Single(_db.Rejects(result.LoadId!.Value));
        Assert.Equal((250_002L, "file_active", "-3"), (reject.Line, reject.Column, reject.Value));
    }

    [Fact]
    public void LoadStillRunningWhenTheDatabaseReopens_IsMarkedInterrupted()
    {
        _db.Load("centres_sante.csv", Header + "\n010000024;A;01;medical\n");
        using (var command = _db.Connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO load_registry (load_id, file_name, sha256, started_at, status) VALUES (99, 'x.csv', 'abc', now()::TIMESTAMP, 'running')";
            command.ExecuteNonQuery();
        }

        _db.Reopen();

        Assert.Equal("interrupted", _db.Text("SELECT status FROM load_registry WHERE load_id = 99"));
        Assert.Equal("succeeded", _db.Text("SELECT status FROM load_registry WHERE load_id <> 99"));
    }

    [Fact]
    public void PersonalDataGuard_AcceptsEveryContractColumn()
    {
        Assert.DoesNotContain(DataContracts.All.SelectMany(d => d.Columns), c => PersonalDataGuard.LooksPersonal(c.Name));
    }
}
