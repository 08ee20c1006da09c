using System.Diagnostics;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>quickstart [--db FILE] [--out DIR]</c>: the newcomer's first run. Writes the national demo
/// extracts, loads them and prints what the database now holds.
/// </summary>
public static class QuickstartCommand
{
    public static int Run(CommandArguments arguments, TextWriter output, TextWriter progress)
    {
        arguments.AllowOnly("db", "out");
        var settings = JobsSettings.Load(arguments.Option("db"));
        var folder = arguments.Option("out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Database.Path)) ?? ".", "demo");
        var clock = Stopwatch.StartNew();

        output.WriteLine($"Données de démonstration (échelle nationale) dans {folder}…");
        DemoDataGenerator.Generate(DemoOptions.Current(folder, TimeProvider.System));
        output.WriteLine($"Chargement dans {Path.GetFullPath(settings.Database.Path)}…");
        var results = IngestCommand.LoadFolder(settings, folder, output, progress);

        using var connection = new AnalyticsDatabase(settings.Database).Open();
        output.WriteLine();
        output.WriteLine("Contenu de la base :");
        foreach (var dataset in DataContracts.All)
        {
            var rows = connection.ScalarLong($"SELECT count(*) FROM {dataset.Table}");
            output.WriteLine($"  {dataset.Title,-45} {rows.ToString("N0", DemoCommand.Fr),12}");
        }

        using var facts = connection.Command(SqlResource.Load<CommandArguments>("demo-facts.sql"));
        using var reader = facts.ExecuteReader();
        reader.Read();
        output.WriteLine();
        output.WriteLine($"  Auvergne-Rhône-Alpes, mai 2021 : {reader.GetInt64(1)} centre sous contrat sur {reader.GetInt64(0)} éligibles");
        output.WriteLine($"  Contrats signés au 21/01/2021 : {reader.GetInt64(2).ToString("N0", DemoCommand.Fr)} ; au 28/05/2022 : {reader.GetInt64(3).ToString("N0", DemoCommand.Fr)}");
        var horizon = DataHorizon.Read(connection).Of(DataContracts.All.Select(d => d.Name));
        output.WriteLine($"  Données jusqu'au {(horizon is { } h ? h.ToString("dd/MM/yyyy", DemoCommand.Fr) : "—")}");
        output.WriteLine($"Terminé en {clock.Elapsed.TotalSeconds.ToString("0.0", DemoCommand.Fr)} s.");
        return results.Any(r => r.Status == LoadStatus.Failed) ? 1 : 0;
    }
}
