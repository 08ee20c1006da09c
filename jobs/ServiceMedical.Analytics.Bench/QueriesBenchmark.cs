using System.CommandLine;
using System.Diagnostics;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Jobs;

namespace ServiceMedical.Analytics.Bench;

/// <summary>
/// <c>queries [--db FILE] [--runs N]</c>: every indicator of each dashboard page, for France and
/// for one region, read from the published snapshot as the dashboard reads them, cold (first run on a
/// fresh database instance) and warm (p50/p95 over N runs), against the
/// same SQL run directly through DuckDB in the same process. Without <c>--db</c> it first writes and
/// loads the <c>xl</c> demo (over 5 million activity rows). Targets: warm p95 ≤ 80 ms, cold ≤ 1 s,
/// layer overhead ≤ 1.2× raw SQL.
/// </summary>
public static class QueriesBenchmark
{
    private static readonly (string Label, UserScope User, IndicatorFilter Filter)[] s_scopes =
    [
        ("France", UserScope.National, IndicatorFilter.National),
        ("Auvergne-Rhône-Alpes", UserScope.ForRegion("84"), IndicatorFilter.Parse("region=84")),
    ];

    public static Command Create()
    {
        var db = CommandOptions.Text("--db", "FICHIER", "base à mesurer (sans elle, la démo xl est écrite et chargée d'abord)");
        var runs = CommandOptions.PositiveInteger("--runs", 30, "exécutions mesurées à chaud");
        var command = new Command("queries", "indicateurs de chaque page, à froid et à chaud, contre le même SQL exécuté directement") { db, runs };
        command.SetAction(result => Run(result.GetValue(db), result.GetValue(runs), result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string? database, int runs, TextWriter output)
    {
        string? folder = null;
        var path = database;
        if (path is null)
        {
            folder = Directory.CreateTempSubdirectory("sma-bench-queries-").FullName;
            var clock = Stopwatch.StartNew();
            (path, var rows) = DemoDatabase.Build(folder, DemoScale.Xl, "xl", DemoOptions.LastCompleteMonth(TimeProvider.System));
            output.WriteLine($"Démo xl écrite et chargée en {clock.Elapsed.TotalSeconds.ToString("0.0", FrenchFormat.Culture)} s " +
                             $"({rows.ToString("N0", FrenchFormat.Culture)} lignes)");
        }

        try
        {
            // Read as the dashboard reads: the published snapshot, read-only.
            var options = new DatabaseOptions { Path = path };
            new WorkingDatabase(options, new ProcessWriterLock(), new SchedulingOptions()).EnsurePublished();
            output.WriteLine($"{"Page",-22} {"Périmètre",-22} {"à froid",9} {"p50",8} {"p95",8} {"SQL brut p50",13} {"surcoût",8}");
            foreach (var page in DashboardPages.All)
            {
                foreach (var (label, user, scope) in s_scopes)
                {
                    var indicators = page.Indicators;
                    double cold;
                    using (var snapshot = new PublishedDatabase(options))
                    using (var fresh = snapshot.Connect())
                    {
                        // Cold: the extract dates are read too, as the dashboard does once per snapshot.
                        cold = Time(() =>
                        {
                            var horizon = DataHorizon.Read(fresh);
                            RunPage(fresh, horizon, indicators, user, page.PeriodOf(scope, horizon).Apply(scope));
                        });
                    }

                    using var published = new PublishedDatabase(options);
                    using var connection = published.Connect();
                    var dataHorizon = DataHorizon.Read(connection);
                    // As the page opens: its default period at its data horizon.
                    var filter = page.PeriodOf(scope, dataHorizon).Apply(scope);
                    var (layer, raw) = Interleaved(runs, () => RunPage(connection, dataHorizon, indicators, user, filter), () => RunRaw(connection, dataHorizon, indicators, filter));
                    output.WriteLine($"{page.Name,-22} {label,-22} {Ms(cold),9} {Ms(layer.P50),8} {Ms(layer.P95),8} {Ms(raw.P50),13} " +
                                     $"{(layer.P50 / raw.P50).ToString("0.00", FrenchFormat.Culture),7}×");
                }
            }

            output.WriteLine("Cibles : p95 ≤ 80 ms à chaud, ≤ 1 s à froid, surcoût ≤ 1,2× le SQL brut.");
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

    private static void RunPage(DuckDBConnection connection, DataHorizon horizon, IReadOnlyList<Indicator> indicators, UserScope user, IndicatorFilter filter)
    {
        foreach (var indicator in indicators)
        {
            indicator.Run(connection, horizon, user, filter);
        }
    }

    /// <summary>The same SQL with the same parameters, read row by row without the layer.</summary>
    private static void RunRaw(DuckDBConnection connection, DataHorizon horizon, IReadOnlyList<Indicator> indicators, IndicatorFilter filter)
    {
        foreach (var indicator in indicators)
        {
            using var command = IndicatorSql.Command(connection, indicator.SqlResource, filter, ReportingPeriod.Of(filter, horizon.Of(indicator.Datasets)));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
    }

    /// <summary>Runs the layer and the raw SQL alternately, so that both see the same machine state.</summary>
    private static ((double P50, double P95) Layer, (double P50, double P95) Raw) Interleaved(int runs, Action layer, Action raw)
    {
        layer();   // warm-up
        raw();
        var (layerTimes, rawTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            layerTimes.Add(Time(layer));
            rawTimes.Add(Time(raw));
        }

        return (Percentiles(layerTimes), Percentiles(rawTimes));
    }

    private static (double P50, double P95) Percentiles(List<double> times)
    {
        times.Sort();
        return (times[(int)(0.5 * (times.Count - 1))], times[(int)Math.Ceiling(0.95 * (times.Count - 1))]);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0", FrenchFormat.Culture) + " ms";
}
