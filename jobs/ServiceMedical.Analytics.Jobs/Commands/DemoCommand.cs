using System.CommandLine;
using System.Globalization;
using ServiceMedical.Analytics.DemoData;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>demo --out DIR [--scale national|xl] [--seed N] [--until AAAA-MM]</c>: writes the demo extracts, up to the last
/// complete month before today unless <c>--until</c> says which (same seed and month, same files).
/// </summary>
public static class DemoCommand
{
    public static Command Create(TimeProvider time)
    {
        var scale = CommandOptions.OneOf("--scale", "échelle : national (par défaut) ou xl (plus de 5 millions de lignes d'activité)", "national", "xl");
        var seed = CommandOptions.PositiveInteger("--seed", DemoOptions.DefaultSeed, "graine : mêmes graine et mois, mêmes fichiers");
        var until = CommandOptions.Text("--until", "AAAA-MM", "dernier mois des données (par défaut le dernier mois complet)");
        var command = new Command("demo", "écrit les extractions de démonstration") { scale, seed, until };
        var folder = command.Required(CommandOptions.Text("--out", "DOSSIER", "dossier où écrire les fichiers"), "demo : --out DOSSIER est obligatoire");
        command.Add(folder);
        command.SetAction(result => Run(result.GetValue(folder)!, ParseScale(result.GetValue(scale)), result.GetValue(seed), ParseUntil(result.GetValue(until), time),
            result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string folder, DemoScale scale, int seed, DateOnly until, TextWriter output)
    {
        var options = new DemoOptions(folder, until, scale, seed);
        var summary = DemoDataGenerator.Generate(options);
        foreach (var (file, rows) in summary.Files)
        {
            output.WriteLine($"{file,-48} {rows.ToString("N0", Fr),12} lignes");
        }

        output.WriteLine($"{summary.Files.Count} fichiers écrits dans {Path.GetFullPath(folder)} ({summary.Contracts.ToString("N0", Fr)} contrats), " +
                         $"données jusqu'au {Indicators.FrenchFormat.Day(summary.ExtractDate)}.");
        return 0;
    }

    /// <summary>The month the demo runs up to: <c>AAAA-MM</c>, from December 2021 to the last complete month; by default that month.</summary>
    public static DateOnly ParseUntil(string? text, TimeProvider time)
    {
        var latest = DemoOptions.LastCompleteMonth(time);
        if (text is null)
        {
            return latest;
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new UsageException($"--until attend un mois AAAA-MM, pas « {text} »");
        }

        // A month not over yet would hold events the loader finds in the future.
        return month >= DemoOptions.EarliestUntil && month <= latest
            ? month
            : throw new UsageException($"--until va de {DemoOptions.EarliestUntil.ToString("yyyy-MM", CultureInfo.InvariantCulture)} " +
                                       $"au dernier mois complet, {latest.ToString("yyyy-MM", CultureInfo.InvariantCulture)} : pas « {text} »");
    }

    public static DemoScale ParseScale(string? text) => text switch
    {
        null or "national" => DemoScale.National,
        "xl" => DemoScale.Xl,
        _ => throw new UsageException($"--scale attend national ou xl, pas « {text} »"),
    };

    internal static readonly CultureInfo Fr = Indicators.FrenchFormat.Culture;
}
