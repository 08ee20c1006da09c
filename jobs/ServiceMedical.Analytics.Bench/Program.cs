using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using ServiceMedical.Analytics.Bench;
using ServiceMedical.Analytics.Jobs;

// Messages in French, the command line's own (help, errors) too.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
var root = new RootCommand("Mesures de performance, chacune contre une référence mesurée dans la même exécution")
{
    IngestBenchmark.Create(), IngestBenchmark.CreatePhase(), QueriesBenchmark.Create(), ForecastBenchmark.Create(),
};
foreach (var help in root.Options.OfType<HelpOption>())
{
    help.Description = "afficher l'aide";
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    parsed.Invoke(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
    return 2;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
