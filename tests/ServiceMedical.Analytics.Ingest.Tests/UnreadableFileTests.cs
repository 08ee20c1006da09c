using System.Text;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// Files no reader can take: each is refused with a French reason naming the file (and the line where there is one),
/// its registry row is closed, the data already loaded stay, and the files after it load.
/// </summary>
public sealed class UnreadableFileTests : IDisposable
{
    private const string Header = "finess;raison_sociale;code_departement\n";
    private readonly TestDatabase _db = new();

    public UnreadableFileTests() => _db.Load("centres_sante_base.csv", Header + "010000024;Centre A;01\n");

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, byte[], string> Unreadable() => new()
    {
        { "centres_sante_vide.csv", [], "centres_sante_vide.csv : fichier vide : aucune ligne d'en-tête" },
        { "centres_sante_bom.csv", [0xEF, 0xBB, 0xBF], "centres_sante_bom.csv : fichier vide : aucune ligne d'en-tête" },
        { "centres_sante_blanc.csv", Utf8("\n\n;;\n"), "centres_sante_blanc.csv : fichier vide : aucune ligne d'en-tête" },
        { "centres_sante_guillemet.csv", Utf8(Header + "010780054;\"Centre B;01\n750000002;Centre P;75\n"),
            "centres_sante_guillemet.csv, ligne 2 : caractère « \" » inattendu après un guillemet : guillemet non fermé ou mal doublé" },
        { "centres_sante_fin.csv", Utf8(Header + "010780054;Centre B;01\n750000002;\"Centre P;75\n"),
            "centres_sante_fin.csv, ligne 3 : caractère « \" » inattendu après un guillemet : guillemet non fermé ou mal doublé" },
        { "centres_sante_long.csv", Utf8(Header + "010780054;" + new string('x', 5_000_000) + ";01\n"),
            "centres_sante_long.csv, ligne 2 : enregistrement démesuré (plusieurs mégaoctets d'un seul tenant) : guillemet jamais fermé ou fichier endommagé" },
        { "centres_sante_utf16.csv", [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(Header + "010780054;Centre B;01\n")],
            "centres_sante_utf16.csv : encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel) ou en Windows-1252" },
        { "centres_sante_utf16be.csv", new UnicodeEncoding(true, false).GetBytes(Header + "010780054;Centre B;01\n"),
            "centres_sante_utf16be.csv : encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel) ou en Windows-1252" },
        { "centres_sante.xlsx", Utf8("PK\u0003\u0004 not really a workbook"),
            "centres_sante.xlsx : classeur XLSX illisible à la ligne 1 de la première feuille : fichier tronqué ou endommagé — réenregistrez-le depuis Excel" },
        { "centres_sante.parquet", Utf8("PAR1 not really parquet"), "centres_sante.parquet : fichier Parquet illisible : tronqué, endommagé ou d'un autre format" },
        { "centres_sante.tsv", Utf8(Header.Replace(';', '\t') + "010780054\tCentre B\t01\n"),
            "centres_sante.tsv : format « .tsv » non pris en charge (csv, txt, xlsx, parquet) : fichier refusé" },
        { "centres_sante.bak", Utf8(Header), "centres_sante.bak : format « .bak » non pris en charge (csv, txt, xlsx, parquet) : fichier refusé" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void AnUnreadableFile_IsRefusedSayingWhy_AndNothingElseChanges(string fileName, byte[] content, string message)
    {
        File.WriteAllBytes(Path.Combine(_db.Folder, fileName), content);

        var result = _db.Loader().Load(Path.Combine(_db.Folder, fileName));

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
        Assert.Equal("failed", _db.Text($"SELECT status FROM load_registry WHERE load_id = {result.LoadId}"));
        Assert.StartsWith(message, _db.Text($"SELECT error_message FROM load_registry WHERE load_id = {result.LoadId}"), StringComparison.Ordinal);
        Assert.Equal("Centre A", _db.Text("SELECT string_agg(raison_sociale, '|') FROM centres_sante"));
    }

    [Fact]
    public void AFolderWithUnreadableFiles_LoadsTheOthers_AndLeavesFilesStillBeingWrittenAlone()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_db.Folder, "boite")).FullName;
        File.WriteAllText(Path.Combine(folder, "centres_sante_1.csv"), "");
        File.WriteAllText(Path.Combine(folder, "centres_sante_2.csv"), Header + "010780054;Centre B;01\n");
        File.WriteAllText(Path.Combine(folder, "centres_sante_3.csv"), Header + "750000002;\"Centre P;75\n");
        File.WriteAllText(Path.Combine(folder, "centres_sante_4.csv"), Header + "750000010;Centre Q;75\n");
        File.WriteAllText(Path.Combine(folder, "centres_sante_5.csv.part"), Header + "750000028;Centre R;75\n");
        File.WriteAllText(Path.Combine(folder, ".centres_sante_6.csv"), Header + "750000028;Centre R;75\n");
        File.WriteAllText(Path.Combine(folder, "~$centres_sante_7.xlsx"), "lock");

        var results = new InboxIngest(_db.Connection, LoadPolicy.Strict, TimeProvider.System).LoadFolder(folder);

        Assert.Equal(["centres_sante_1.csv:Failed", "centres_sante_2.csv:Succeeded", "centres_sante_3.csv:Failed", "centres_sante_4.csv:Succeeded"],
            results.Select(r => $"{r.FileName}:{r.Status}"));
        Assert.Equal("Centre A|Centre B|Centre Q", _db.Text("SELECT string_agg(raison_sociale, '|' ORDER BY raison_sociale) FROM centres_sante"));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM load_registry WHERE status = 'running'"));
    }

    [Fact]
    public void LinesEndingWithACarriageReturnAlone_Load_AndTheirRejectsKeepTheirLines()
    {
        var result = _db.Load("centres_sante_mac.csv", (Header + "010780054;Centre B;01\n750000002;Centre P;99\n750000010;Centre Q;75\n").Replace('\n', '\r'),
            LoadPolicy.Default with { MaxRejectedShare = 0.5 });

        Assert.Equal((LoadStatus.Succeeded, 2L, 1L), (result.Status, result.RowsAccepted, result.RowsRejected));
        Assert.Equal((3L, "code_departement", "99"), _db.Rejects(result.LoadId!.Value).Select(r => (r.Line, r.Column, r.Value)).Single());
    }

    [Fact]
    public void MixedLineEnds_Load()
    {
        var result = _db.Load("centres_sante_mixte.csv", Header + "010780054;Centre B;01\r\n750000002;Centre P;75\r750000010;Centre Q;75\n");

        Assert.Equal((LoadStatus.Succeeded, 3L), (result.Status, result.RowsAccepted));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\n;;\n ; \n")]
    public void BlankLinesAtTheEnd_AreIgnored(string tail)
    {
        var result = _db.Load("centres_sante_fin.csv", Header + "010780054;Centre B;01\n750000002;Centre P;75" + tail);

        Assert.Equal((LoadStatus.Succeeded, 2L), (result.Status, result.RowsAccepted));
    }

    [Fact]
    public void ABlankLineInTheMiddle_IsNamedByItsLine()
    {
        var result = _db.Load("centres_sante_trou.csv", Header + "010780054;Centre B;01\n\n750000002;Centre P;75\n");

        Assert.Equal((LoadStatus.Failed, "centres_sante_trou.csv, ligne 3 : ligne vide au milieu du fichier : retirez-la, les numéros de ligne des rejets ne seraient plus exacts"),
            (result.Status, result.Message));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
