using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary><c>docs [--out FILE]</c>: regenerates <c>docs/data-contracts.md</c> from the contracts in code.</summary>
public static class DocsCommand
{
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly("out");
        var path = arguments.Option("out") ?? Path.Combine("docs", "data-contracts.md");
        File.WriteAllText(path, DataContractsDocument.Render());
        output.WriteLine($"écrit : {path}");
        return 0;
    }
}
