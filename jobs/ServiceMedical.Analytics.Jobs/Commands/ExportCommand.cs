using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>export INDICATOR [--db FILE] [--region CODE] [--department CODE] [--period 12m|annee|tout] [--from DATE] [--to DATE] [--by …]
/// [--beneficiary …] [--centre-type …] [--profession …] [--employer …] [--user-region CODE] --format csv --out FILE</c>:
/// writes one indicator as CSV, measured up to the data horizon; without a period, the whole history. Opens the
/// database read-only. <c>--user-region</c> runs it with a regional user's scope.
/// </summary>
public static class ExportCommand
{
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly("db", "region", "department", "period", "from", "to", "by", "beneficiary", "centre-type", "profession", "employer",
            "user-region", "format", "out");
        var name = arguments.Words.Count > 1 ? arguments.Words[1] : throw new UsageException("export : le nom de l'indicateur est obligatoire (voir « indicators »)");
        var indicator = IndicatorCatalog.Find(name) ?? throw new UsageException($"export : indicateur inconnu « {name} » (voir « indicators »)");
        if ((arguments.Option("format") ?? throw new UsageException("export : --format csv est obligatoire")) != "csv")
        {
            throw new UsageException("export : seul le format csv est disponible");
        }

        var path = arguments.Option("out") ?? throw new UsageException("export : --out FICHIER est obligatoire");
        IndicatorFilter filter;
        UserScope user;
        try
        {
            filter = IndicatorFilter.Create(arguments.Option("region"), arguments.Option("department"), arguments.Option("from"), arguments.Option("to"),
                arguments.Option("by"), arguments.Option("beneficiary"), arguments.Option("centre-type"), arguments.Option("profession"), arguments.Option("employer"),
                arguments.Option("period"));
            user = arguments.Option("user-region") is { } region ? UserScope.ForRegion(region) : UserScope.National;
        }
        catch (Exception e) when (e is FilterException or ArgumentException)
        {
            throw new UsageException("export : " + e.Message);
        }

        var settings = JobsSettings.Load(arguments.Option("db"));
        using var connection = new AnalyticsDatabase(settings.Database).OpenReadOnly();
        var horizon = DataHorizon.Read(connection);
        IndicatorTable table;
        try
        {
            table = indicator.Run(connection, horizon, user, filter);
        }
        catch (Exception e) when (e is FilterException or ScopeAuthorizationException)
        {
            Console.Error.WriteLine($"export : {e.Message}");
            return 1;
        }

        using (var file = File.Create(path))
        {
            table.WriteCsv(file);
        }

        var period = ReportingPeriod.Of(filter, horizon.Of(indicator.Datasets));
        output.WriteLine($"{indicator.Name} : {table.Rows.Count} lignes écrites dans {path} ({FrenchFormat.DataStamp(period.Horizon, horizon.LoadedAt(indicator.Datasets))}" +
                         (period.CutAtHorizon ? $" ; période arrêtée au {FrenchFormat.Day(period.Horizon!.Value)}" : "") + ")");
        return 0;
    }
}
