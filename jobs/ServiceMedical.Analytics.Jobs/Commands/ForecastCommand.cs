using System.CommandLine;
using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecast;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
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

        using var host = CommandHost.Build(database);
        using var connection = host.Get<AnalyticsDatabase>().OpenReadOnly();
        var history = UptakeHistory.Read(connection);
        var secrecy = host.Get<SmallCountRule>();

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

        // Each series' last observed count is the contracts' signers to date that month: masked as their export masks it.
        using var reader = new IndicatorReader(connection, DataHorizon.Read(connection), UserScope.National) { Secrecy = secrecy };
        ForecastCsv.Write(file, results, secrecy, f =>
        {
            var filter = new IndicatorFilter { Geography = f.Scope == "FR" ? GeoScope.National : GeoScope.ForRegion(f.Scope), BeneficiaryType = f.BeneficiaryType };
            var monthEnd = f.LastMonth.AddMonths(1).AddDays(-1);
            return PublishedSignersToDate.Read(reader, filter, monthEnd).SecretFor(monthEnd, f.Scope, f.LastCumulative);
        });
        output.WriteLine($"prévisions : {results.Sum(r => r.Points.Count)} lignes écrites dans {file}");
        return 0;
    }
}
