using System.CommandLine;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>docs [--out FILE]</c>: regenerates <c>docs/data-contracts.md</c> from the contracts in code, and the statistical
/// secrecy table of <c>indicators.md</c> beside it from the indicators' declarations.
/// </summary>
public static class DocsCommand
{
    public static Command Create()
    {
        var path = CommandOptions.Text("--out", "FICHIER", "fichier écrit (par défaut docs/data-contracts.md)");
        var command = new Command("docs", "régénère docs/data-contracts.md à partir des contrats de données") { path };
        command.SetAction(result => Run(result.GetValue(path) ?? Path.Combine("docs", "data-contracts.md"), result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string path, TextWriter output)
    {
        File.WriteAllText(path, DataContractsDocument.Render());
        output.WriteLine($"écrit : {path}");
        var indicators = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "indicators.md");
        if (File.Exists(indicators))
        {
            File.WriteAllText(indicators, SecrecyDeclarations.FillIn(File.ReadAllText(indicators)));
            output.WriteLine($"écrit : {indicators} (secret statistique)");
        }
        return 0;
    }
}
