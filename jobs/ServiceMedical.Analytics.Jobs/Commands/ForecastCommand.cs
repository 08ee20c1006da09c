using System.CommandLine;
using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>forecast [--region CODE] [--horizon 12] --format csv --out FILE [--db FILE]</c>: trains and backtests the
/// models on the database's history (the same code as the nightly refresh) and writes each month ahead of
/// France and every region (or one region) with its intervals, the model chosen and its accuracy, as CSV for
/// French spreadsheets.
/// </summary>
public static class ForecastCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var region = CommandOptions.Text("--region", "CODE", "une région seulement (code INSEE)");
        var horizon = CommandOptions.PositiveInteger("--horizon", 12, "mois à prévoir, de 1 à 36");
        var command = new Command("forecast", "prévisions de l'adhésion (modèle retenu, intervalles) en CSV") { db, region, horizon };
        var format = command.Required(CommandOptions.OneOf("--format", "format du fichier (seul csv est proposé)", "csv"), "forecast : --format csv est obligatoire (seul format proposé)");
        var file = command.Required(CommandOptions.Text("--out", "FICHIER", "fichier CSV écrit"), "forecast : --out FICHIER est obligatoire");
        command.Add(format);
        command.Add(file);
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(horizon), result.GetValue(region), result.GetValue(db),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string file, int horizon, string? region, string? database, TextWriter output, TextWriter error)
    {
        if (horizon > 36)
        {
            throw new UsageException("forecast : --horizon va de 1 à 36 mois");
        }

        if (region is not null && CogReference.Regions.All(r => r.Code != region))
        {
            throw new UsageException($"forecast : région inconnue : « {region} »");
        }

        IReadOnlyList<UptakeSeries> history;
        SmallCountRule secrecy;
        using (var host = CommandHost.Build(database))
        using (var connection = host.Get<AnalyticsDatabase>().OpenReadOnly())
        {
            history = UptakeHistory.Read(connection);
            secrecy = host.Get<SmallCountRule>();
        }

        IReadOnlyList<ScopeForecast> results;
        try
        {
            results = [.. new UptakeForecasting(UptakeForecasting.AllModels, horizon).Run(history).Where(r => region is null || r.Scope == region)];
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"forecast : {e.Message}");
            return 1;
        }

        ForecastCsv.Write(file, results, secrecy);
        output.WriteLine($"prévisions : {results.Sum(r => r.Points.Count)} lignes écrites dans {file}");
        return 0;
    }
}
