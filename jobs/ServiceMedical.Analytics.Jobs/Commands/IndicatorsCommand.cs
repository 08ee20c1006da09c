using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary><c>indicators</c>: the names <c>export</c> accepts, with their titles.</summary>
public static class IndicatorsCommand
{
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly();
        foreach (var indicator in IndicatorCatalog.All)
        {
            output.WriteLine($"{indicator.Name,-28} {indicator.Title}");
        }

        return 0;
    }
}
