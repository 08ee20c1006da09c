using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Hosting;
using ServiceMedical.Analytics.Scheduling.Inbox;
using ServiceMedical.Analytics.TestSupport;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// Two app processes on one PostgreSQL and one data folder, as two servers behind a load balancer; the one writing is
/// killed in the middle of a load. The other loads every file exactly once, readers on both never get an error nor half
/// a refresh, the cut-off load is marked interrupted, and each node's audit log shows both nodes' sign-ins.
/// </summary>
public sealed partial class TwoNodeTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Files = 20;

    /// <summary>The file whose load is cut off: large enough for its load to last about a second.</summary>
    private const int BigFile = 5;

    private const int BigRows = 2_500_000;
    private const int SmallRows = 20_000;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(120);

    private readonly string _folder = Directory.CreateTempSubdirectory("sma-nodes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TheWritingNodeKilledMidLoad_TheOtherLoadsEveryFileOnce_ReadersNeverSeeAnErrorNorHalfARefresh()
    {
        var database = Path.Combine(_folder, "data", "servicemedical.duckdb");
        var inbox = Path.Combine(_folder, "data", "inbox");
        var archive = Path.Combine(_folder, "data", "archive");
        var settings = new Dictionary<string, string>
        {
            ["Database:Path"] = database,
            ["Jobs:InboxFolder"] = inbox,
            ["Jobs:ArchiveFolder"] = archive,
            ["Jobs:RefusedFolder"] = Path.Combine(_folder, "data", "refused"),
            ["Jobs:OutboxFolder"] = Path.Combine(_folder, "data", "outbox"),
            ["Jobs:Storage"] = "PostgreSql",
            ["Jobs:PostgreSqlConnectionString"] = postgres.ConnectionString,
            // A dead node's job and writer lock are handed over in seconds here (minutes in production).
            ["Jobs:DeadJobTimeout"] = "00:00:05",
            ["Jobs:WriterLockLapse"] = "00:00:08",
            ["Jobs:WriterLockTimeout"] = "00:00:30",
            ["Jobs:RetryDelaysSeconds:0"] = "1",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
            ["Demo:LoadOnFirstStart"] = "false",
            ["Dashboard:WarmChartCache"] = "false",
        };
        await using var first = await AppNode.Start("noeud-a", settings, s_timeout);
        await using var second = await AppNode.Start("noeud-b", settings, s_timeout);
        AppNode[] nodes = [first, second];

        // Each node's journal lists both nodes' sign-ins (one audit log, in PostgreSQL).
        var admins = await Task.WhenAll(nodes.Select(n => SignedIn(n, "admin", "admin-demo")));
        foreach (var admin in admins)
        {
            await Until(async () =>
            {
                var journal = WebUtility.HtmlDecode(await admin.GetStringAsync("/journal"));
                return journal.Contains("<td>admin</td><td>connexion</td><td>127.0.0.1</td><td></td><td>noeud-a</td>", StringComparison.Ordinal)
                       && journal.Contains("<td>admin</td><td>connexion</td><td>127.0.0.1</td><td></td><td>noeud-b</td>", StringComparison.Ordinal);
            }, "both nodes' sign-ins in each node's journal");
        }

        // Readers on both nodes, all along: every Données page answers, and shows a whole number of loaded files.
        var sizes = Enumerable.Range(1, Files).Select(i => (long)(i == BigFile ? BigRows : SmallRows)).ToList();
        var wholeRefreshes = new HashSet<long> { 0 };
        for (var i = 1; i <= Files; i++)
        {
            wholeRefreshes.Add(sizes.Take(i).Sum());
        }

        using var stopReading = new CancellationTokenSource();
        var readers = new Dictionary<AppNode, (CancellationTokenSource Stop, Task<List<string>> Task)>();
        foreach (var node in nodes)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stopReading.Token);
            var planner = await SignedIn(node, "planificateur", "planificateur-demo");
            readers[node] = (stop, Read(node, planner, wholeRefreshes, stop.Token));
        }

        DropActivityFiles(inbox, sizes);
        var jobs = new BackgroundJobClient(JobStorageFactory.Create(new SchedulingOptions { Storage = "PostgreSql", PostgreSqlConnectionString = postgres.ConnectionString }));
        jobs.Enqueue<InboxJob>(job => job.Run());

        // The node that starts loading the big file is killed while it loads it.
        var bigFile = FileName(BigFile);
        var loading = await Task.WhenAny(nodes.Select(n => n.WaitForLine(l => l.Contains($"chargement de {bigFile}", StringComparison.Ordinal))))
            .WaitAsync(s_timeout);
        var killed = nodes.Single(n => n.Lines.Any(l => l.Contains($"chargement de {bigFile}", StringComparison.Ordinal)));
        var survivor = nodes.Single(n => n != killed);
        await readers[killed].Stop.CancelAsync();
        killed.Kill();

        // The inbox job is asked again (as its schedule would) until every file is archived and published.
        var total = sizes.Sum();
        var planners = await SignedIn(survivor, "planificateur", "planificateur-demo");
        await Until(async () =>
        {
            if (Directory.EnumerateFiles(inbox).Any())
            {
                jobs.Enqueue<InboxJob>(job => job.Run());
                return false;
            }

            return ActivityRows(await planners.GetStringAsync("/donnees")) == total;
        }, "every file loaded and published by the surviving node", pause: TimeSpan.FromSeconds(2), log: survivor);
        await stopReading.CancelAsync();

        Assert.Empty(await readers[survivor].Task);
        Assert.Empty(await readers[killed].Task);
        Assert.Equal(Files, Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Count());
        using var published = new PublishedDatabase(new DatabaseOptions { Path = database }).Connect();
        Assert.Equal(total, published.ScalarLong("SELECT count(*) FROM activite_mesuree"));
        Assert.Equal(Files, published.ScalarLong("SELECT count(DISTINCT file_name) FROM load_registry WHERE status = 'succeeded'"));
        Assert.Equal(Files, published.ScalarLong("SELECT count(*) FROM load_registry WHERE status = 'succeeded'"));
        Assert.Equal(1, published.ScalarLong("SELECT count(*) FROM load_registry WHERE status = 'interrupted'"));
        Assert.Equal(1, published.ScalarLong("SELECT count(*) FROM load_registry WHERE status = 'interrupted' AND file_name = $name", ("name", bigFile)));
        Assert.NotNull(loading);
    }

    /// <summary>Reads the Données page until stopped; each answer that is not a 200, or shows part of a file, is a failure.</summary>
    private static async Task<List<string>> Read(AppNode node, HttpClient planner, HashSet<long> wholeRefreshes, CancellationToken stop)
    {
        var failures = new List<string>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await planner.GetAsync("/donnees", stop);
                var page = await response.Content.ReadAsStringAsync(stop);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{node.Name}: {(int)response.StatusCode}");
                }
                else if (ActivityRows(page) is var rows && !wholeRefreshes.Contains(rows))
                {
                    failures.Add($"{node.Name}: {rows} rows, not a whole number of files");
                }

                await Task.Delay(100, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (HttpRequestException e) when (node.Killed)
        {
            // A request in flight when its node was killed: the load balancer's business, not a reader's error.
            _ = e;
        }

        return failures;
    }

    private static long ActivityRows(string page) =>
        ActivityRow().Match(WebUtility.HtmlDecode(page)) is { Success: true } match
            ? match.Groups[1].Value is "—" ? 0 : long.Parse(Regex.Replace(match.Groups[1].Value, @"\D", ""), CultureInfo.InvariantCulture)
            : -1;

    /// <summary>Twenty monthly activity extracts of distinct doctors, written under a temporary name and then renamed, as producers do.</summary>
    private static void DropActivityFiles(string inbox, List<long> sizes)
    {
        Directory.CreateDirectory(inbox);
        var written = new List<string>();
        for (var i = 1; i <= sizes.Count; i++)
        {
            var path = Path.Combine(inbox, FileName(i) + ".part");
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
            {
                writer.WriteLine("type_beneficiaire;identifiant_beneficiaire;mois;file_active;patients_medecin_traitant");
                for (var row = 0; row < sizes[i - 1]; row++)
                {
                    var month = new DateOnly(2019, 1, 1).AddMonths(row % 84);
                    writer.Write("medecin_liberal;");
                    writer.Write((10_000_000_000L + (i * 1_000_000L) + (row / 84)).ToString(CultureInfo.InvariantCulture));
                    writer.Write(';');
                    writer.Write(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                    writer.WriteLine(";1200;");
                }
            }

            written.Add(path);
        }

        foreach (var path in written)
        {
            File.Move(path, path[..^".part".Length]);
        }
    }

    private static string FileName(int i) => $"activite_mesuree_{i:00}.csv";

    private static async Task<HttpClient> SignedIn(AppNode node, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = node.Address };
        var form = await client.GetStringAsync("/connexion");
        using var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardApp.Token(form),
            ["utilisateur"] = userName,
            ["motdepasse"] = password,
        }));
        return response.Headers.Location?.ToString() == "/" ? client : throw new InvalidOperationException($"sign-in on {node.Name} failed: {response.StatusCode}");
    }

    private static async Task Until(Func<Task<bool>> condition, string what, TimeSpan? pause = null, AppNode? log = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < s_timeout, $"not met in time: {what}" + (log is null ? "" : $"; {log.Name}'s last log lines:\n{string.Join('\n', log.Lines.TakeLast(60))}"));
            await Task.Delay(pause ?? TimeSpan.FromMilliseconds(200));
        }
    }

    [GeneratedRegex(@"<td>Activité mesurée \(file active\)</td>\s*<td class=""num"">([^<]*)</td>")]
    private static partial Regex ActivityRow();
}
