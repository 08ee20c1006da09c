using ServiceMedical.Analytics.Jobs;
using ServiceMedical.Analytics.Jobs.Commands;

// The command line runs the same code as the scheduled jobs.
try
{
    var arguments = CommandArguments.Parse(args);
    return arguments.Words switch
    {
        ["demo", ..] => DemoCommand.Run(arguments, Console.Out, TimeProvider.System),
        ["ingest", ..] => IngestCommand.Run(arguments, Console.Out, Console.Error),
        ["rejects"] => RejectsCommand.Run(arguments, Console.Out),
        ["quickstart"] => QuickstartCommand.Run(arguments, Console.Out, Console.Error),
        ["bench", "ingest"] => BenchIngestCommand.Run(arguments, Console.Out),
        ["bench", "ingest-phase"] => BenchIngestCommand.RunPhase(arguments, Console.Out),
        ["bench", "queries"] => BenchQueriesCommand.Run(arguments, Console.Out),
        ["bench", "forecast"] => BenchForecastCommand.Run(arguments, Console.Out),
        ["docs"] => DocsCommand.Run(arguments, Console.Out),
        ["indicators"] => IndicatorsCommand.Run(arguments, Console.Out),
        ["export", ..] => ExportCommand.Run(arguments, Console.Out),
        ["refresh"] => RefreshCommand.Run(arguments, Console.Out),
        ["forecast"] => ForecastCommand.Run(arguments, Console.Out, Console.Error),
        ["export-pack"] => ExportPackCommand.Run(arguments, Console.Out),
        _ => throw new UsageException("commande inconnue"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("""
        Usage :
          quickstart [--db FICHIER] [--out DOSSIER]   données de démonstration puis chargement
          demo --out DOSSIER [--scale national|xl] [--seed N] [--until AAAA-MM]
          ingest DOSSIER [--db FICHIER]
          rejects [--load N] [--file NOM] --out FICHIER [--db FICHIER]
                                                     rejets d'un chargement (le dernier qui en a, sans --load ni --file)
          bench ingest [--rows N] [--runs R]
          bench queries [--db FICHIER] [--runs N]
          bench forecast [--db FICHIER]              précision des modèles de prévision (MASE par région)
          docs [--out FICHIER]                       régénère docs/data-contracts.md
          indicators                                 liste des indicateurs
          refresh [--db FICHIER]                     actualisation : agrégats et prévisions recalculés, nouvelle publication
          forecast [--region CODE] [--horizon 12] --format csv --out FICHIER [--db FICHIER]
                                                     prévisions de l'adhésion (modèle retenu, intervalles)
          export-pack --out DOSSIER [--region CODE] [--db FICHIER]
                                                     dossiers d'export (graphiques et tableaux) national et régionaux
          export INDICATEUR --format csv --out FICHIER [--db FICHIER] [--region CODE] [--department CODE]
                 [--period 12m|annee|tout] [--from DATE] [--to DATE] [--by region|department|month|quarter|year] [--beneficiary TYPE]
                 [--centre-type TYPE] [--profession P] [--employer cnam|ars] [--user-region CODE]
        """);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DuckDB.NET.Data.DuckDBException
    or ServiceMedical.Analytics.Scheduling.TransientJobException)
{
    Console.Error.WriteLine($"erreur : {e.Message}");
    return 1;
}
