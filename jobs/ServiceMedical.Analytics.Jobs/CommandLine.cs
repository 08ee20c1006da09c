using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using ServiceMedical.Analytics.Jobs.Commands;

namespace ServiceMedical.Analytics.Jobs;

/// <summary>
/// The command line: every command with its options, from which the help is generated (so it cannot drift from what
/// runs). The commands run the same code as the scheduled jobs.
/// </summary>
public static class CommandLine
{
    public static RootCommand Create(TimeProvider time)
    {
        var root = new RootCommand("Service médical : chargements, indicateurs, prévisions et exports en ligne de commande")
        {
            QuickstartCommand.Create(), DemoCommand.Create(time), IngestCommand.Create(), RejectsCommand.Create(), RefreshCommand.Create(),
            IndicatorsCommand.Create(), ExportCommand.Create(), ForecastCommand.Create(), ExportPackCommand.Create(), DocsCommand.Create(),
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = "afficher l'aide";
        }

        return root;
    }

    /// <summary>
    /// Runs <paramref name="args"/>: 0 when done, 1 when the work failed (a file refused, a database missing), 2 when the
    /// command line is wrong (its errors and the command's help are written to <paramref name="error"/>).
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        var parsed = Create(time).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The errors, then the help of the command asked, on the error stream.
            parsed.Invoke(new InvocationConfiguration { Output = error, Error = error });
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine($"Aide : « {HelpOf(parsed)} »");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DuckDB.NET.Data.DuckDBException
            or Scheduling.TransientJobException)
        {
            error.WriteLine($"erreur : {e.Message}");
            return 1;
        }
    }

    /// <summary>How to ask for the help of the command that ran: <c>bench queries --help</c>.</summary>
    private static string HelpOf(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', [.. names, "--help"]);
    }
}
