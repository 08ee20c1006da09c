using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>
/// A temporary data folder as a node sees it: inbox, archive, refused, outbox, the working database and its
/// snapshots. Its extracts are small enough to count by hand: two eligible centres in the Ain (Auvergne-Rhône-
/// Alpes), one in Paris; contracts are added one by one, each for a new centre of the Ain.
/// </summary>
public sealed class JobWorld : IDisposable
{
    public const string Centres = "finess;raison_sociale;code_departement\n010000024;Centre A;01\n010780054;Centre B;01\n750000002;Centre P;75\n";

    public const string Eligibility = "date_extraction;type_beneficiaire;identifiant_beneficiaire;code_departement;eligible\n" +
        "01/01/2021;centre_sante;010000024;01;oui\n01/01/2021;centre_sante;010780054;01;oui\n01/01/2021;centre_sante;750000002;75;oui\n";

    public const string ContractHeader = "numero_contrat;type_beneficiaire;identifiant_beneficiaire;code_departement;date_signature;date_debut;date_fin;etp_assistants;file_active_reference;objectif_progression_pct;statut\n";

    public JobWorld(Action<SchedulingOptions>? configure = null)
    {
        Folder = Directory.CreateTempSubdirectory("sma-jobs-").FullName;
        Options = new SchedulingOptions
        {
            InboxFolder = Path.Combine(Folder, "inbox"),
            ArchiveFolder = Path.Combine(Folder, "archive"),
            RefusedFolder = Path.Combine(Folder, "refused"),
            OutboxFolder = Path.Combine(Folder, "outbox"),
            RetryDelaysSeconds = [1],
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            WriterLockTimeout = TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(Options);
        Directory.CreateDirectory(Options.InboxFolder);
        Database = new DatabaseOptions { Path = Path.Combine(Folder, "travail.duckdb"), MemoryLimit = "256MB" };
        Published = new PublishedDatabase(Database);
    }

    public string Folder { get; }

    public SchedulingOptions Options { get; }

    public DatabaseOptions Database { get; }

    public PublishedDatabase Published { get; }

    public WorkingDatabase Working(IWriterLock? writerLock = null) => new(Database, writerLock ?? new ProcessWriterLock(), Options);

    public void Drop(string fileName, string content) => File.WriteAllText(Path.Combine(Options.InboxFolder, fileName), content);

    /// <summary>A contract for the Ain centre <paramref name="finess"/>, signed in March 2021.</summary>
    public static string ContractLine(int number, string finess) =>
        $"AM-{number.ToString("0000", CultureInfo.InvariantCulture)};centre_sante;{finess};01;10/03/2021;01/04/2021;01/04/2026;1;3000;10;en_cours\n";

    /// <summary>Auvergne-Rhône-Alpes uptake on the latest snapshot, as the dashboard reads it: (contracted, eligible).</summary>
    public (long Contracted, long Eligible) AuraUptake()
    {
        using var connection = Published.Connect();
        var rows = UptakeIndicator.Instance.Rows(connection, DataHorizon.Read(connection), UserScope.National, new IndicatorFilter { Geography = GeoScope.ForRegion("84") });
        var last = rows.OrderBy(r => r.Snapshot).Last();
        return (last.Contracted, last.Eligible);
    }

    public static long Scalar(DuckDBConnection connection, string sql) => connection.ScalarLong(sql);

    public static string[] FilesIn(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public void Dispose()
    {
        Published.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A server process still closing a file: the temporary folder is left to the system.
        }
    }
}
