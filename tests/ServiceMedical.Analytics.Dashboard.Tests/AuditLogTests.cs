using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.TestSupport;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>The audit log never fails whoever records an event, keeps what its store could not take, and bounds what it keeps.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-audit-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AStoreThatFails_NeverFailsARecord_AndItsEntriesAreWrittenOnceItWorksAgain()
    {
        var store = new FlakyStore(new DuckDbAuditStore(Path.Combine(_folder, "audit.duckdb"))) { Failing = true };
        using var log = new AuditLog(store, _time, NullLogger<AuditLog>.Instance, "noeud-a");

        log.Record("planificateur", AuditEvents.SignIn);
        log.Record("admin", AuditEvents.Export, "contrats.csv", "region=84");

        Assert.False(log.Flush());
        Assert.Equal(2, log.PendingCount);
        // Shown while pending, the latest first.
        Assert.Equal(["admin", "planificateur"], log.Latest(10).Select(e => e.UserName));
        store.Failing = false;
        Assert.True(log.Flush());
        Assert.Equal(0, log.PendingCount);
        Assert.Equal([("admin", "export", "contrats.csv", "region=84", "noeud-a"), ("planificateur", "connexion", null, null, "noeud-a")],
            store.Inner.Latest(10, null).Select(e => (e.UserName, e.Event, e.Detail, e.Filters, e.Node)));
    }

    [Fact]
    public void TheStoresSchema_IsMadeAtStart()
    {
        using var store = new DuckDbAuditStore(Path.Combine(_folder, "start.duckdb"));
        using var log = new AuditLog(store, _time, NullLogger<AuditLog>.Instance, "noeud-a");

        Assert.Empty(store.Latest(10, null));
    }

    [Fact]
    public void EachTextIsCut_AndThePendingEntriesAreBounded()
    {
        var store = new FlakyStore(new DuckDbAuditStore(Path.Combine(_folder, "bounded.duckdb"))) { Failing = true };
        using var log = new AuditLog(store, _time, NullLogger<AuditLog>.Instance, "noeud-a");

        log.Record(new string('x', 3_000_000), AuditEvents.SignInRefused);
        for (var i = 0; i < AuditLog.MaxPending + 5; i++)
        {
            log.Record($"u{i}", AuditEvents.SignInRefused);
        }

        Assert.Equal(AuditLog.MaxPending, log.PendingCount);
        store.Failing = false;
        Assert.True(log.Flush());
        var kept = store.Inner.Latest(AuditLog.MaxPending + 10, null);
        Assert.Equal(AuditLog.MaxPending, kept.Count);
        Assert.DoesNotContain(kept, e => e.UserName.StartsWith('x'));
        Assert.All(kept, e => Assert.True(e.UserName.Length <= AuditLog.MaxFieldLength + 1));
    }

    [Fact]
    public void ALongName_IsCutToItsFirstCharacters()
    {
        using var store = new DuckDbAuditStore(Path.Combine(_folder, "cut.duckdb"));
        using var log = new AuditLog(store, _time, NullLogger<AuditLog>.Instance, "noeud-a");

        log.Record(new string('y', 5000), AuditEvents.SignInRefused);

        Assert.Equal(new string('y', AuditLog.MaxFieldLength) + "…", Assert.Single(log.Latest(10)).UserName);
    }

    /// <summary>A real store that can be made to fail, as a locked file or a server away would.</summary>
    private sealed class FlakyStore(IAuditStore inner) : IAuditStore
    {
        public IAuditStore Inner => inner;

        public bool Failing { get; set; }

        public void EnsureSchema()
        {
            Fail();
            inner.EnsureSchema();
        }

        public void Append(IReadOnlyList<AuditEntry> entries)
        {
            Fail();
            inner.Append(entries);
        }

        public IReadOnlyList<AuditEntry> Latest(int limit, string? eventName)
        {
            Fail();
            return inner.Latest(limit, eventName);
        }

        public void Dispose() => inner.Dispose();

        private void Fail()
        {
            if (Failing)
            {
                throw new IOException("audit store unavailable");
            }
        }
    }
}

/// <summary>Two nodes on one PostgreSQL: each node's log shows every node's entries; two nodes starting at once make the table once.</summary>
public sealed class SharedAuditLogTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task TwoNodes_SeeEachOthersEntries_AndStartTogetherWithoutConflict()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));
        var starts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            var store = new PostgreSqlAuditStore(postgres.ConnectionString);
            store.EnsureSchema();
            return store;
        })));
        using var a = new AuditLog(starts[0], time, NullLogger<AuditLog>.Instance, "noeud-a");
        using var b = new AuditLog(starts[1], time, NullLogger<AuditLog>.Instance, "noeud-b");

        a.Record("planificateur", AuditEvents.SignIn);
        time.Advance(TimeSpan.FromSeconds(1));
        b.Record("directeur.aura", AuditEvents.Export, "adhesion.csv", "region=84");
        Assert.True(a.Flush());
        Assert.True(b.Flush());

        var expected = new[] { ("directeur.aura", "noeud-b"), ("planificateur", "noeud-a") };
        Assert.Equal(expected, a.Latest(10).Select(e => (e.UserName, e.Node!)));
        Assert.Equal(expected, b.Latest(10).Select(e => (e.UserName, e.Node!)));
        Assert.Equal(new DateTime(2026, 12, 1, 9, 30, 1, DateTimeKind.Utc), b.Latest(1, AuditEvents.Export).Single().At);
        foreach (var store in starts)
        {
            store.Dispose();
        }
    }
}

/// <summary>The web app with an audit file it cannot open: signing in and exporting still work, the entries wait.</summary>
public sealed class AuditUnavailableTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task AnAuditFileThatCannotBeOpened_NeverRefusesASignIn()
    {
        // A folder where the file should be: DuckDB cannot open it, as with a file locked by another process.
        var blocked = Directory.CreateDirectory(Path.Combine(app.Folder, "audit-bloque.duckdb")).FullName;
        using var host = app.WithWebHostBuilder(b => b.UseSetting("Audit:Path", blocked));

        var planner = DashboardApp.ClientFrom(host);
        var (status, location) = await DashboardApp.SignIn(planner, "planificateur", "planificateur-demo");
        using var export = await planner.GetAsync("/export/tableau/contrats.csv");
        var admin = DashboardApp.ClientFrom(host);
        await DashboardApp.SignIn(admin, "admin", "admin-demo");
        var journal = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/journal"));

        Assert.Equal((System.Net.HttpStatusCode.Redirect, "/"), (status, location));
        Assert.Equal(System.Net.HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("<td>planificateur</td><td>export</td><td>contrats.csv</td>", journal, StringComparison.Ordinal);
        Assert.Contains("<td>admin</td><td>connexion</td>", journal, StringComparison.Ordinal);
    }
}
