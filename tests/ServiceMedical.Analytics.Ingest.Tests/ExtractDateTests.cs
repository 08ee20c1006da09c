using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// Each dataset's extract date — declared by the file name, or the latest event of the data — and the data horizon it
/// gives. The loads run on 24/11/2026 (<see cref="TestDatabase.Today"/>).
/// </summary>
public sealed class ExtractDateTests : IDisposable
{
    private const string ContractHeader =
        "numero_contrat;type_beneficiaire;identifiant_beneficiaire;code_departement;date_signature;date_debut;date_fin;etp_assistants;file_active_reference;objectif_progression_pct;statut\n";

    private readonly TestDatabase _db = new();

    public ExtractDateTests() => _db.Load("centres_sante.csv", "finess;raison_sociale;code_departement\n010000024;Centre A;01\n010780054;Centre B;01\n");

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("contrats_assistants_medicaux_2026-10-31.xlsx", "2026-10-31")]
    [InlineData("activite_mesuree_20261031.parquet", "2026-10-31")]
    [InlineData("contrats_assistants_medicaux_2026-10-31_v2.csv", "2026-10-31")]
    [InlineData("etalab-cs1100502-stock-20260512-0339.csv", "2026-05-12")]
    [InlineData("eligibilite_2021-01.csv", null)]
    [InlineData("centres_sante.csv", null)]
    [InlineData("candidatures_1234567890.csv", null)]
    public void FileName_DeclaresTheExtractDate_OrNothing(string fileName, string? declared)
    {
        Assert.Equal(declared is null ? null : DateOnly.Parse(declared, System.Globalization.CultureInfo.InvariantCulture), ExtractDateOfFile.Parse(fileName));
    }

    [Fact]
    public void ADeclaredDateThatDoesNotExist_OrIsAfterTheLoad_RefusesTheFile()
    {
        var impossible = _db.Load("contrats_assistants_medicaux_2026-02-30.csv", ContractHeader + Contract("AM-0001", "010000024", "10/03/2021"));
        var future = _db.Load("contrats_assistants_medicaux_2026-12-31.csv", ContractHeader + Contract("AM-0001", "010000024", "10/03/2021"));

        Assert.Equal((LoadStatus.Failed, "contrats_assistants_medicaux_2026-02-30.csv : date d'extraction du nom de fichier impossible : « 2026-02-30 »"),
            (impossible.Status, impossible.Message));
        Assert.Equal((LoadStatus.Failed, "contrats_assistants_medicaux_2026-12-31.csv : date d'extraction du nom de fichier postérieure au jour du chargement (31/12/2026)"),
            (future.Status, future.Message));
        Assert.Equal(0, _db.Count("SELECT count(*) FROM contrats_assistants_medicaux"));
    }

    [Fact]
    public void AnEventAfterTheDeclaredDate_IsRejected_TheExtractCannotKnowIt()
    {
        var result = _db.Load("contrats_assistants_medicaux_2026-06-30.csv",
            ContractHeader + Contract("AM-0001", "010000024", "10/03/2021") + Contract("AM-0002", "010780054", "02/07/2026"), LoadPolicy.Default with { MaxRejectedShare = 0.5 });

        Assert.Equal((LoadStatus.Succeeded, 1L, 1L), (result.Status, result.RowsAccepted, result.RowsRejected));
        Assert.Equal("3;date_signature;02/07/2026;date hors période (avant 2015, ou postérieure à la date d'extraction ou au jour du chargement)",
            _db.Text("SELECT line || ';' || column_name || ';' || value || ';' || reason FROM load_rejects"));
    }

    [Fact]
    public void TheDatasetsExtractDate_IsTheDeclaredOne_ElseItsLatestEvent_AndTheLatestOfItsLoads()
    {
        _db.Load("contrats_assistants_medicaux.csv", ContractHeader + Contract("AM-0001", "010000024", "10/03/2021"));
        Assert.Equal((new DateOnly(2021, 3, 10), false), Extract("contrats_assistants_medicaux"));

        _db.Load("contrats_assistants_medicaux_2026-10-31.csv", ContractHeader + Contract("AM-0002", "010780054", "12/10/2026"));
        Assert.Equal((new DateOnly(2026, 10, 31), true), Extract("contrats_assistants_medicaux"));

        // A month measured is complete on its last day; an older extract loaded later does not move the date back.
        _db.Load("activite_mesuree.csv", "type_beneficiaire;identifiant_beneficiaire;mois;file_active\ncentre_sante;010000024;2026-09;1200\n");
        Assert.Equal((new DateOnly(2026, 9, 30), false), Extract("activite_mesuree"));
        _db.Load("contrats_assistants_medicaux_2026-05-31.csv", ContractHeader + Contract("AM-0003", "010780054", "12/05/2026"));
        Assert.Equal(new DateOnly(2026, 10, 31), Extract("contrats_assistants_medicaux").Date);
        // A reference list without a declared date is dated by its load.
        Assert.Equal(new DateOnly(2026, 11, 24), Extract("centres_sante").Date);
    }

    [Fact]
    public void TheHorizon_IsTheEarliestExtractOfTheEventsRead_SnapshotsAndListsDoNotHoldItBack()
    {
        _db.Load("contrats_assistants_medicaux_2026-10-31.csv", ContractHeader + Contract("AM-0001", "010000024", "10/03/2021"));
        _db.Load("activite_mesuree_2026-08-31.csv", "type_beneficiaire;identifiant_beneficiaire;mois;file_active\ncentre_sante;010000024;2026-08;1200\n");
        _db.Load("eligibilite_2026-07.csv", "date_extraction;type_beneficiaire;identifiant_beneficiaire;code_departement;eligible\n01/07/2026;centre_sante;010000024;01;oui\n");
        var horizon = DataHorizon.Read(_db.Connection);

        Assert.Equal(new DateOnly(2026, 10, 31), horizon.Of(["contrats_assistants_medicaux", "eligibilite", "centres_sante"]));
        Assert.Equal(new DateOnly(2026, 8, 31), horizon.Of(["contrats_assistants_medicaux", "activite_mesuree"]));
        Assert.Equal("activite_mesuree", horizon.Limiting(["contrats_assistants_medicaux", "activite_mesuree"])!.Dataset);
        // With no events at all, the latest snapshot; with no data, none.
        Assert.Equal(new DateOnly(2026, 7, 1), horizon.Of(["eligibilite"]));
        Assert.Null(horizon.Of(["formations_cqp", "nominations"]));
    }

    private (DateOnly? Date, bool Declared) Extract(string dataset)
    {
        var extract = DataHorizon.Read(_db.Connection).Extracts.Single(e => e.Dataset == dataset);
        return (extract.ExtractDate, extract.Declared);
    }

    private static string Contract(string number, string finess, string signed)
    {
        var day = DateOnly.ParseExact(signed, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var start = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
        return $"{number};centre_sante;{finess};01;{signed};{start:dd/MM/yyyy};{start.AddYears(5).AddDays(-1):dd/MM/yyyy};1;3000;10;en_cours\n";
    }
}
