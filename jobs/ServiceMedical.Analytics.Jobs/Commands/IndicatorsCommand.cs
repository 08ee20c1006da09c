using System.CommandLine;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary><c>indicators</c>: the names <c>export</c> accepts, with their titles.</summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        var command = new Command("indicators", "liste des indicateurs (les noms que prend « export »)");
        command.SetAction(result => Run(result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(TextWriter output)
    {
        foreach (var indicator in IndicatorCatalog.All)
        {
            output.WriteLine($"{indicator.Name,-28} {indicator.Title}");
        }

        return 0;
    }
}
