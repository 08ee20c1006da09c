using System.CommandLine;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>export INDICATOR [--db FILE] [--region CODE] [--department CODE] [--period 12m|annee|tout] [--from DATE] [--to DATE] [--by …]
/// [--beneficiary …] [--centre-type …] [--profession …] [--employer …] [--user-region CODE] [--exact] --format csv --out FILE</c>:
/// writes one indicator as CSV, measured up to the data horizon; without a period, the whole history. Opens the
/// database read-only. <c>--user-region</c> runs it with a regional user's scope. The file is under the small-count
/// rule like every export; <c>--exact</c> writes the exact figures, for checks within the service (whoever runs the
/// command reads the database itself).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("indicateur") { Description = "nom de l'indicateur (voir « indicators »)" };
        var db = CommandOptions.Database();
        var region = CommandOptions.Text("--region", "CODE", "région (code INSEE)");
        var department = CommandOptions.Text("--department", "CODE", "département (code INSEE)");
        var period = CommandOptions.Text("--period", "12m|annee|tout", "période relative à la date des données (sans elle ni dates : tout l'historique)");
        var from = CommandOptions.Text("--from", "DATE", "premier jour (aaaa-mm-jj ou jj/mm/aaaa)");
        var to = CommandOptions.Text("--to", "DATE", "dernier jour (au plus la date des données)");
        var by = CommandOptions.Text("--by", "region|department|month|quarter|year", "découpage");
        var beneficiary = CommandOptions.Text("--beneficiary", "TYPE", "type de bénéficiaire : centre_sante ou medecin_liberal");
        var centreType = CommandOptions.Text("--centre-type", "TYPE", "type de centre de santé");
        var profession = CommandOptions.Text("--profession", "P", "profession des praticiens-conseils");
        var employer = CommandOptions.Text("--employer", "cnam|ars", "employeur des praticiens-conseils");
        var userRegion = CommandOptions.Text("--user-region", "CODE", "exporter avec le périmètre d'un utilisateur régional");
        var exact = new Option<bool>("--exact") { Description = "chiffres exacts, sans le secret statistique (usage interne au service, à ne pas diffuser)" };
        var command = new Command("export", "un indicateur en CSV, mesuré jusqu'à la date des données (base ouverte en lecture seule)")
        {
            name, db, region, department, period, from, to, by, beneficiary, centreType, profession, employer, userRegion, exact,
        };
        var format = command.Required(CommandOptions.OneOf("--format", "format du fichier (seul csv est disponible)", "csv"), "export : --format csv est obligatoire");
        var path = command.Required(CommandOptions.Text("--out", "FICHIER", "fichier CSV écrit"), "export : --out FICHIER est obligatoire");
        command.Add(format);
        command.Add(path);
        command.SetAction(result =>
        {
            IndicatorFilter filter;
            UserScope user;
            try
            {
                filter = IndicatorFilter.Create(result.GetValue(region), result.GetValue(department), result.GetValue(from), result.GetValue(to), result.GetValue(by),
                    result.GetValue(beneficiary), result.GetValue(centreType), result.GetValue(profession), result.GetValue(employer), result.GetValue(period));
                user = result.GetValue(userRegion) is { } code ? UserScope.ForRegion(code) : UserScope.National;
            }
            catch (Exception e) when (e is FilterException or ArgumentException)
            {
                throw new UsageException("export : " + e.Message);
            }

            return Run(result.GetValue(name)!, filter, user, result.GetValue(path)!, result.GetValue(db), result.GetValue(exact), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(string name, IndicatorFilter filter, UserScope user, string path, string? database, bool exact, TextWriter output, TextWriter error)
    {
        var indicator = IndicatorCatalog.Find(name) ?? throw new UsageException($"export : indicateur inconnu « {name} » (voir « indicators »)");
        using var host = CommandHost.Build(database);
        using var reader = host.Get<IIndicatorReaders>().Open(user);
        var horizon = reader.Horizon;
        IndicatorTable table;
        try
        {
            table = exact ? reader.Table(indicator, filter) : reader.ExportTable(indicator, filter).Table;
        }
        catch (Exception e) when (e is FilterException or ScopeAuthorizationException)
        {
            error.WriteLine($"export : {e.Message}");
            return 1;
        }

        using (var file = File.Create(path))
        {
            table.WriteCsv(file);
        }

        var period = ReportingPeriod.Of(filter, horizon.Of(indicator.Datasets));
        output.WriteLine($"{indicator.Name} : {table.Rows.Count} lignes écrites dans {path} ({FrenchFormat.DataStamp(period.Horizon, horizon.LoadedAt(indicator.Datasets))}" +
                         (period.CutAtHorizon ? $" ; période arrêtée au {FrenchFormat.Day(period.Horizon!.Value)}" : "") + ")" +
                         (exact ? " — chiffres exacts, sans secret statistique : à ne pas diffuser" : ""));
        return 0;
    }
}
