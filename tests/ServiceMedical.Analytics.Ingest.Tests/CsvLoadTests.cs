using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

public sealed class CsvLoadTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    // Valid FINESS numbers (Luhn key on the 9th digit), computed by hand:
    // 010000024 (key 4), 690000017 (6,9,0,0,0,0,0,1 -> 6+9*2-9... see FinessTests), 380000006.
    internal const string CentresHeader = "finess;raison_sociale;code_departement;type_centre;engage_polyvalence;etp_medecins;date_ouverture";

    [Fact]
    public void Centres_ValidFile_LoadsEveryRowWithTypes()
    {
        var result = _db.Load("centres_sante.csv",
            CentresHeader + "\n" +
            "010000024;Centre de santé de Bourg;01;polyvalent;non;2,5;15/03/2012\n" +
            "010780054;Centre médical de Viriat;01;medical;;1;2019-06-01\n");

        Assert.Equal(LoadStatus.Succeeded, result.Status);
        Assert.Equal((2L, 2L, 0L), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Equal(3.5, (double)_db.Count("SELECT sum(etp_medecins) * 10 FROM centres_sante") / 10);
        Assert.Equal("2012-03-15", _db.Text("SELECT strftime(date_ouverture, '%Y-%m-%d') FROM centres_sante WHERE finess = '010000024'"));
        Assert.Equal("Centre médical de Viriat", _db.Text("SELECT raison_sociale FROM centres_sante WHERE finess = '010780054'"));
    }
}
