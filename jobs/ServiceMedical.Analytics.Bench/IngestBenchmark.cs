using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Jobs;

namespace ServiceMedical.Analytics.Bench;

/// <summary>
/// <c>ingest [--rows N] [--runs R]</c>: writes an activity extract of N rows (5 million by
/// default), then in the same run times (a) DuckDB's own <c>read_csv</c> of it into a table and (b)
/// this project's validated ingest of it, each in a fresh child process so that each peak memory is
/// its own, R rounds (3 by default) of both. Prints rows/s and the median of the rounds' ratios (target ≤ 1.5)
/// and the peak memory (target &lt; 1 GiB).
/// </summary>
public static class IngestBenchmark
{
    private const double TargetRatio = 1.5;
    private const long MemoryTargetBytes = 1L << 30;

    public static Command Create()
    {
        var rows = CommandOptions.PositiveInteger("--rows", 5_000_000, "lignes du fichier d'activité écrit");
        var runs = CommandOptions.PositiveInteger("--runs", 3, "tours (lecture brute puis chargement validé)");
        var command = new Command("ingest", "chargement validé d'un fichier d'activité contre read_csv de DuckDB, mémoire de pointe") { rows, runs };
        command.SetAction(result => Run(result.GetValue(rows), result.GetValue(runs), result.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>The child process of <see cref="Run"/>: one phase measured on its own; not for people, hence hidden from the help.</summary>
    public static Command CreatePhase()
    {
        var phase = CommandOptions.OneOf("--phase", "raw (read_csv de DuckDB) ou validated (chargement du produit)", "raw", "validated");
        var command = new Command("ingest-phase", "une phase mesurée de « ingest », dans son propre processus") { Hidden = true };
        var file = command.Required(CommandOptions.Text("--file", "FICHIER", "fichier d'activité"), "--file manquant");
        var db = command.Required(CommandOptions.Text("--db", "FICHIER", "base où charger"), "--db manquant");
        command.Add(phase);
        command.Add(file);
        command.Add(db);
        command.SetAction(result => RunPhase(result.GetValue(phase), result.GetValue(file)!, result.GetValue(db)!, result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(int rows, int runs, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("sma-bench-").FullName;
        try
        {
            var file = Path.Combine(folder, "activite_mesuree_bench.csv");
            var clock = Stopwatch.StartNew();
            ActivityFile.Write(file, rows);
            output.WriteLine($"Fichier d'activité : {rows.ToString("N0", FrenchFormat.Culture)} lignes, {(new FileInfo(file).Length / 1048576.0).ToString("N0", FrenchFormat.Culture)} Mio, écrit en {clock.Elapsed.TotalSeconds.ToString("0.0", FrenchFormat.Culture)} s");

            // Rounds alternate the two phases, so that a slower spell of a shared machine weighs on both.
            var raws = new List<Measure>();
            var validated = new List<Measure>();
            for (var round = 1; round <= runs; round++)
            {
                raws.Add(Phase("raw", file, Path.Combine(folder, $"raw-{round}.duckdb")));
                validated.Add(Phase("validated", file, Path.Combine(folder, $"validated-{round}.duckdb")));
                output.WriteLine($"  tour {round} : brut {Seconds(raws[^1])} s, validé {Seconds(validated[^1])} s, ratio {Ratio(validated[^1], raws[^1])}");
            }

            var raw = Median(raws);
            var loaded = Median(validated);
            // Each round's ratio compares two runs of the same spell; their median is the verdict.
            var ratios = raws.Zip(validated, (r, v) => v.Seconds / r.Seconds).Order().ToList();
            var ratio = ratios[ratios.Count / 2];
            var peak = validated.Max(m => m.PeakBytes);
            output.WriteLine($"(a) read_csv DuckDB brut   : {Seconds(raw),7} s  {(raw.Rows / raw.Seconds).ToString("N0", FrenchFormat.Culture),12} lignes/s  (médiane de {runs})");
            output.WriteLine($"(b) chargement validé      : {Seconds(loaded),7} s  {(loaded.Rows / loaded.Seconds).ToString("N0", FrenchFormat.Culture),12} lignes/s  (médiane de {runs})");
            output.WriteLine($"ratio (b)/(a), médiane des tours : {ratio.ToString("0.00", FrenchFormat.Culture)} (cible ≤ {TargetRatio.ToString("0.0", FrenchFormat.Culture)}) — {(ratio <= TargetRatio ? "atteinte" : "NON atteinte")}");
            output.WriteLine($"pic mémoire du chargement validé : {Mib(peak)} Mio (cible < 1 024 Mio) — {(peak < MemoryTargetBytes ? "atteinte" : "NON atteinte")}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Measure(double Seconds, long Rows, long PeakBytes);

    private static Measure Median(List<Measure> measures) => measures.OrderBy(m => m.Seconds).ElementAt(measures.Count / 2);

    private static string Seconds(Measure measure) => measure.Seconds.ToString("0.00", FrenchFormat.Culture);

    private static string Ratio(Measure validated, Measure raw) => (validated.Seconds / raw.Seconds).ToString("0.00", FrenchFormat.Culture);

    /// <summary>Child process side: one measured phase, printed as <c>seconds;rows;peak_bytes</c>.</summary>
    public static int RunPhase(string? phase, string file, string databasePath, TextWriter output)
    {
        var database = new DatabaseOptions { Path = databasePath };
        long rows;
        var clock = new Stopwatch();
        if (phase == "raw")
        {
            // The same DuckDB memory limit as the product's database, nothing else.
            using var connection = new DuckDBConnection(database.ConnectionString);
            connection.Open();
            connection.Execute($"SET memory_limit = '{database.MemoryLimit}'");
            clock.Start();
            connection.Execute("CREATE TABLE activite_brute AS SELECT * FROM read_csv($path)", ("path", file));
            clock.Stop();
            rows = connection.ScalarLong("SELECT count(*) FROM activite_brute");
        }
        else
        {
            using var connection = new AnalyticsDatabase(database).Open();
            clock.Start();
            var result = new DatasetLoader(connection, LoadPolicy.Default, TimeProvider.System).Load(file);
            clock.Stop();
            if (result.Status != LoadStatus.Succeeded)
            {
                throw new InvalidOperationException($"Bench ingest failed: {result.Message}");
            }

            rows = result.RowsAccepted;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalSeconds};{rows};{Process.GetCurrentProcess().PeakWorkingSet64}"));
        return 0;
    }

    private static Measure Phase(string phase, string file, string database)
    {
        var self = Environment.GetCommandLineArgs()[0];
        var start = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host) { ArgumentList = { self } }
            : new ProcessStartInfo(Environment.ProcessPath!);
        foreach (var argument in new[] { "ingest-phase", "--phase", phase, "--file", file, "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Bench phase {phase} exited with {process.ExitCode}.");
        }

        var parts = text.Trim().Split('\n')[^1].Split(';');
        return new Measure(double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0", FrenchFormat.Culture);
}
