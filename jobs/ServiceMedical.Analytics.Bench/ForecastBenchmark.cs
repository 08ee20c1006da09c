using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Forecasting.Evaluation;
using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Jobs;

namespace ServiceMedical.Analytics.Bench;

/// <summary>
/// <c>forecast [--db FILE]</c>: on the national demo (written and loaded first without <c>--db</c>),
/// the rolling-origin backtest of every model for France and each region: MASE per model (below 1 beats the
/// naive forecast), the model chosen, the 80 % and 95 % intervals' coverage, the share of regions where the
/// chosen model beats naive, and the time it all takes against the naive model alone in the same run.
/// </summary>
public static class ForecastBenchmark
{
    public static Command Create()
    {
        var db = CommandOptions.Text("--db", "FICHIER", "base à mesurer (sans elle, la démo nationale est écrite et chargée d'abord)");
        var command = new Command("forecast", "précision des modèles de prévision (MASE par région), couverture des intervalles, temps") { db };
        command.SetAction(result => Environment.GetEnvironmentVariable(CompiledOptimised) == "0"
            ? Run(result.GetValue(db), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error)
            : InChildCompiledAsTheCommandLine(result.Tokens.Where(t => t.Type != TokenType.Command).Select(t => t.Value)));
        return command;
    }

    private const string CompiledOptimised = "DOTNET_TieredCompilation";

    /// <summary>
    /// The benchmark again in a child process compiled as the command line that runs the refresh is (tiered compilation
    /// off, the Jobs project): the other benchmarks measure what the dashboard runs, with tiering, so this one cannot share
    /// their process's setting.
    /// </summary>
    private static int InChildCompiledAsTheCommandLine(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { typeof(ForecastBenchmark).Assembly.Location, "forecast" }, Environment = { [CompiledOptimised] = "0" } };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>Runs the benchmark; a database that does not exist or a history too short to forecast is said on <paramref name="error"/> with exit status 1.</summary>
    public static int Run(string? database, TextWriter output, TextWriter error)
    {
        if (database is not null && !File.Exists(database))
        {
            error.WriteLine($"forecast : base introuvable : {Path.GetFullPath(database)}");
            return 1;
        }

        string? folder = null;
        var path = database;
        if (path is null)
        {
            folder = Directory.CreateTempSubdirectory("sma-bench-forecast-").FullName;
            (path, _) = DemoDatabase.Build(folder, DemoScale.National, "national", DemoOptions.LastCompleteMonth(TimeProvider.System));
        }

        try
        {
            IReadOnlyList<UptakeSeries> history;
            using (var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY"))
            {
                connection.Open();
                history = UptakeHistory.Read(connection);
            }

            // First, cold (as the first nightly refresh is): every model, then each model alone to see where the time goes.
            var clock = Stopwatch.StartNew();
            IReadOnlyList<ScopeForecast> results;
            try
            {
                results = new UptakeForecasting(UptakeForecasting.AllModels).Run(history);
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine($"forecast : {e.Message}");
                return 1;
            }

            clock.Stop();
            // Each model alone, to see where the time goes; the naive model is the baseline of the ratio.
            var models = results[0].Accuracy.Select(a => a.Model).ToList();
            // Only the models that took part: on a short history the boosted trees sit out.
            var alone = UptakeForecasting.AllModels.Where(m => models.Contains(m.Name)).Select(m =>
            {
                var c = Stopwatch.StartNew();
                new UptakeForecasting([m]).Run(history);
                return (m.Name, c.Elapsed);
            }).ToList();
            var naiveClock = alone[0].Elapsed;

            output.WriteLine($"{"Périmètre",-28} {string.Join(" ", models.Select(m => $"{m,9}"))}  {"choisi",-9} {"couv. 80 %",10} {"couv. 95 %",10}");
            foreach (var r in results.OrderBy(r => r.Scope == UptakeSeries.National ? "" : r.Scope, StringComparer.Ordinal).ThenBy(r => r.BeneficiaryType, StringComparer.Ordinal))
            {
                var name = r.BeneficiaryType switch { "centre_sante" => "  centres de santé", "medecin_liberal" => "  médecins libéraux", _ => r.Name };
                output.WriteLine($"{name,-28} {string.Join(" ", r.Accuracy.Select(a => $"{Number(a.Mase),9}"))}  {r.Chosen.Model,-9} {Share(r.Chosen.Coverage80),10} {Share(r.Chosen.Coverage95),10}");
            }

            var regions = results.Where(r => r.Scope != UptakeSeries.National && r.BeneficiaryType is null).ToList();
            var beating = regions.Count(r => r.Chosen.Mase < 1);
            var byType = results.Where(r => r.Scope != UptakeSeries.National && r.BeneficiaryType is not null).ToList();
            var covered = results.Where(r => r.Chosen.Coverage80 is not null).ToList();
            output.WriteLine();
            output.WriteLine($"Séries régionales par type de bénéficiaire où le modèle choisi bat le naïf : {byType.Count(r => r.Chosen.Mase < 1)} sur {byType.Count}.");
            output.WriteLine($"MASE : erreur absolue moyenne du modèle / celle de la prévision naïve, {results[0].BacktestOrigins} origines mensuelles, horizons 1 à {results[0].Points.Count} mois.");
            output.WriteLine($"Régions où le modèle choisi bat le naïf : {beating} sur {regions.Count} ({Share(regions.Count == 0 ? null : (double)beating / regions.Count)}).");
            // The issue's target: per series with at least one signature a month, 80 % coverage within 70–90 % and 95 % coverage ≥ 90 %.
            var active = covered.Where(r => history.Single(h => h.Key == Key(r)) is var s && s.Cumulative(s.Length - 1) >= s.Length).ToList();
            var in80 = active.Count(r => r.Chosen.Coverage80 is >= 0.70 and <= 0.90);
            var in95 = active.Count(r => r.Chosen.Coverage95 >= 0.90);
            output.WriteLine($"Séries d'au moins une signature par mois : {active.Count} ; couverture 80 % dans 70–90 % : {in80} ({Share(active.Count == 0 ? null : (double)in80 / active.Count)}, cible ≥ 80 %) ; couverture 95 % ≥ 90 % : {in95} ({Share(active.Count == 0 ? null : (double)in95 / active.Count)}).");
            output.WriteLine($"Couverture moyenne des intervalles du modèle choisi : 80 % → {Share(covered.Count == 0 ? null : covered.Average(r => r.Chosen.Coverage80!.Value))}, 95 % → {Share(covered.Count == 0 ? null : covered.Average(r => r.Chosen.Coverage95!.Value))} (cible 70–90 % pour 80 %).");
            output.WriteLine($"Historique : {results[0].HistoryMonths} mois ; backtest sur {results[0].BacktestOrigins} origines mensuelles.");
            output.WriteLine($"Durée (backtest de {models.Count} modèles + prévision, {results.Count} séries : tous bénéficiaires, centres, médecins) : {clock.Elapsed.TotalSeconds.ToString("0.00", FrenchFormat.Culture)} s ; naïf seul : {naiveClock.TotalSeconds.ToString("0.00", FrenchFormat.Culture)} s ; rapport {(clock.Elapsed / naiveClock).ToString("0.0", FrenchFormat.Culture)}×.");
            output.WriteLine($"Chaque modèle seul : {string.Join(" ; ", alone.Select(a => $"{a.Name} {a.Elapsed.TotalSeconds.ToString("0.00", FrenchFormat.Culture)} s"))}.");
            return 0;
        }
        finally
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Key(ScopeForecast forecast) => forecast.BeneficiaryType is null ? forecast.Scope : $"{forecast.Scope}:{forecast.BeneficiaryType}";

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.00", FrenchFormat.Culture) : "—";

    private static string Share(double? value) => value is { } v ? v.ToString("0.0 %", FrenchFormat.Culture) : "—";
}
