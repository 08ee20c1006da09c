using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
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
    public static int Run(CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.AllowOnly("db", "region", "horizon", "format", "out");
        if (arguments.Option("format") != "csv")
        {
            throw new UsageException("forecast : --format csv est obligatoire (seul format proposé)");
        }

        var file = arguments.Option("out") ?? throw new UsageException("forecast : --out FICHIER est obligatoire");
        var horizon = arguments.IntOption("horizon", 12);
        if (horizon > 36)
        {
            throw new UsageException("forecast : --horizon va de 1 à 36 mois");
        }

        var region = arguments.Option("region");
        if (region is not null && CogReference.Regions.All(r => r.Code != region))
        {
            throw new UsageException($"forecast : région inconnue : « {region} »");
        }

        var settings = JobsSettings.Load(arguments.Option("db"));
        IReadOnlyList<UptakeSeries> history;
        using (var connection = new AnalyticsDatabase(settings.Database).OpenReadOnly())
        {
            history = UptakeHistory.Read(connection);
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

        ForecastCsv.Write(file, results);
        output.WriteLine($"prévisions : {results.Sum(r => r.Points.Count)} lignes écrites dans {file}");
        return 0;
    }
}
