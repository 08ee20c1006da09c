using System.Globalization;
using ServiceMedical.Analytics.DemoData;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary><c>demo --out DIR [--scale national|xl] [--seed N]</c>: writes the demo extracts.</summary>
public static class DemoCommand
{
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly("out", "scale", "seed");
        var folder = arguments.Option("out") ?? throw new UsageException("demo : --out DOSSIER est obligatoire");
        var options = new DemoOptions(folder, ParseScale(arguments.Option("scale")), arguments.IntOption("seed", DemoOptions.DefaultSeed));
        var summary = DemoDataGenerator.Generate(options);
        foreach (var (file, rows) in summary.Files)
        {
            output.WriteLine($"{file,-40} {rows.ToString("N0", Fr),12} lignes");
        }

        output.WriteLine($"{summary.Files.Count} fichiers écrits dans {Path.GetFullPath(folder)} ({summary.Contracts.ToString("N0", Fr)} contrats).");
        return 0;
    }

    public static DemoScale ParseScale(string? text) => text switch
    {
        null or "national" => DemoScale.National,
        "xl" => DemoScale.Xl,
        _ => throw new UsageException($"--scale attend national ou xl, pas « {text} »"),
    };

    internal static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
}
