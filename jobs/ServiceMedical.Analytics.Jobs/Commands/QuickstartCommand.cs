using System.CommandLine;
using System.Diagnostics;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Refresh;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>quickstart [--db FILE] [--out DIR]</c>: the newcomer's first run. Writes the national demo
/// extracts, loads them, trains the forecasts and publishes, and prints what the database now holds.
/// </summary>
public static class QuickstartCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var folder = CommandOptions.Text("--out", "DOSSIER", "dossier des extractions de démonstration (par défaut demo/ à côté de la base)");
        var command = new Command("quickstart", "données de démonstration puis chargement, et ce que la base contient") { db, folder };
        command.SetAction(result => Run(result.GetValue(db), result.GetValue(folder), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string? database, string? demoFolder, TextWriter output, TextWriter progress)
    {
        using var host = CommandHost.Build(database);
        var path = host.Get<DatabaseOptions>().Path;
        var folder = demoFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "demo");
        var clock = Stopwatch.StartNew();

        output.WriteLine($"Données de démonstration (échelle nationale) dans {folder}…");
        DemoDataGenerator.Generate(DemoOptions.Current(folder, host.Get<TimeProvider>()));
        output.WriteLine($"Chargement dans {Path.GetFullPath(path)}…");
        var results = IngestCommand.LoadFolder(host, folder, output, progress);
        if (results.Any(r => r.Status == LoadStatus.Failed))
        {
            return 1;
        }

        // As the dashboard's first start does: forecasts trained and published with the data, so that the exports of
        // forecasts have something to write (a load alone publishes the data, not new forecasts).
        var refresh = new RefreshJob(host.Get<WorkingDatabase>()).Refresh();
        output.WriteLine($"Actualisation : {refresh}");
        if (refresh.Forecasts.Problem is { } problem)
        {
            progress.WriteLine($"quickstart : avertissement : données publiées sans prévision : {problem}");
        }

        using var connection = host.Get<AnalyticsDatabase>().Open();
        output.WriteLine();
        output.WriteLine("Contenu de la base :");
        foreach (var dataset in DataContracts.All)
        {
            var rows = connection.ScalarLong($"SELECT count(*) FROM {dataset.Table}");
            output.WriteLine($"  {dataset.Title,-45} {rows.ToString("N0", DemoCommand.Fr),12}");
        }

        using var facts = connection.Command(SqlResource.Load(typeof(QuickstartCommand).Assembly, "demo-facts.sql"));
        using var reader = facts.ExecuteReader();
        reader.Read();
        output.WriteLine();
        output.WriteLine($"  Auvergne-Rhône-Alpes, mai 2021 : {reader.GetInt64(1)} centre sous contrat sur {reader.GetInt64(0)} éligibles");
        output.WriteLine($"  Contrats signés au 21/01/2021 : {reader.GetInt64(2).ToString("N0", DemoCommand.Fr)} ; au 28/05/2022 : {reader.GetInt64(3).ToString("N0", DemoCommand.Fr)}");
        var horizon = DataHorizon.Read(connection).Of(DataContracts.All.Select(d => d.Name));
        output.WriteLine($"  Données jusqu'au {(horizon is { } h ? Indicators.FrenchFormat.Day(h) : "—")}");
        output.WriteLine($"Terminé en {clock.Elapsed.TotalSeconds.ToString("0.0", DemoCommand.Fr)} s.");
        return refresh.Forecasts.Problem is null ? 0 : RefreshCommand.PublishedWithoutForecasts;
    }
}
