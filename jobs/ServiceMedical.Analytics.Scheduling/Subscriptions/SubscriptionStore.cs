using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;
using Npgsql;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// Subscriptions and their deliveries: on one node a DuckDB file of their own (opened for each operation, so that the
/// command line can use it between two of the dashboard's); with several nodes the shared PostgreSQL, where the
/// delivery key (address, page, scope, edition) keeps two nodes from sending the same edition twice.
/// </summary>
public sealed partial class SubscriptionStore
{
    public const string National = "FR";

    private readonly Func<DbConnection> _open;
    private readonly bool _postgres;

    // Claims on one DuckDB file are taken one at a time in this process, whichever store instance takes them: DuckDB
    // refuses the second of two concurrent writers of a key with an error rather than let it find the row. (Another
    // process cannot open the file meanwhile: DuckDB locks it.) PostgreSQL's ON CONFLICT needs no such lock.
    private static readonly ConcurrentDictionary<string, Lock> s_fileClaims = new(StringComparer.Ordinal);
    private readonly Lock _claims;
    private volatile bool _schemaReady;

    private SubscriptionStore(Func<DbConnection> open, bool postgres, Lock claims)
    {
        _open = open;
        _postgres = postgres;
        _claims = claims;
    }

    public static SubscriptionStore InDuckDb(string path) => new(() =>
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }, postgres: false, s_fileClaims.GetOrAdd(Path.GetFullPath(path), _ => new Lock()));

    public static SubscriptionStore InPostgreSql(string connectionString)
    {
        var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, CommandTimeout = 30 });
        return new(() => source.OpenConnection(), postgres: true, new Lock());
    }

    /// <summary>A connection, the tables made on first use (a store that could not reach its database tries again next time).</summary>
    private DbConnection Open()
    {
        var connection = _open();
        if (!_schemaReady)
        {
            try
            {
                using var transaction = connection.BeginTransaction();
                connection.Execute(SqlResource.Load<SubscriptionStore>(_postgres ? "postgres-subscriptions-schema.sql" : "subscriptions-schema.sql"), transaction: transaction);
                transaction.Commit();
                _schemaReady = true;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        return connection;
    }

    /// <summary>Subscribes; the same user's same page, scope and frequency is not subscribed twice. Returns the subscription.</summary>
    public Subscription Add(string userName, string page, string? region, SubscriptionFrequency frequency, DateTime at)
    {
        using var connection = Open();
        connection.Execute(Sql("add-subscription.sql"), new { user_name = userName, page, scope = region ?? National, frequency = frequency.ToString(), at = Stored(at) });
        return Read(connection, userName, activeOnly: true).Last(s => s.Page == page && s.Region == region && s.Frequency == frequency);
    }

    /// <summary>Cancels one of the user's own subscriptions; false when it is not theirs or already cancelled.</summary>
    public bool Cancel(long id, string userName, DateTime at)
    {
        using var connection = Open();
        return connection.Execute(Sql("cancel-subscription.sql"), new { id, user_name = userName, at = Stored(at) }) == 1;
    }

    /// <summary>Every subscription still active, or a user's (active or cancelled).</summary>
    public IReadOnlyList<Subscription> Subscriptions(string? userName = null, bool activeOnly = true)
    {
        using var connection = Open();
        return Read(connection, userName, activeOnly);
    }

    /// <summary>
    /// Takes an edition for an address, or says another attempt has it: true only for the one caller that may send it
    /// now (first try, or a retry after a transient failure, or a node dead for longer than <paramref name="staleBefore"/>).
    /// </summary>
    public bool Claim(DeliveryKey key, Subscription subscription, string node, DateTime at, DateTime staleBefore)
    {
        lock (_claims)
        {
            using var connection = Open();
            var values = new
            {
                key.Email, page = key.Page, scope = key.Scope, edition = key.Edition, subscription_id = subscription.Id,
                user_name = subscription.UserName, node, at = Stored(at), stale_before = Stored(staleBefore),
            };
            return connection.Execute(Sql("claim-delivery.sql"), values) == 1 || connection.Execute(Sql("reclaim-delivery.sql"), values) == 1;
        }
    }

    /// <summary>What became of an edition this node claimed.</summary>
    public void Record(DeliveryKey key, string node, string status, string? answer, DateTime at)
    {
        using var connection = Open();
        connection.Execute(Sql("record-delivery.sql"), new { key.Email, page = key.Page, scope = key.Scope, edition = key.Edition, node, status, answer, at = Stored(at) });
    }

    /// <summary>The latest deliveries first, every user's or one user's.</summary>
    public IReadOnlyList<SubscriptionDelivery> Deliveries(int limit, string? userName = null)
    {
        using var connection = Open();
        return [.. connection.Query<DeliveryRow>(Sql("read-deliveries.sql"), new { user_name = userName, limit })
            .Select(r => new SubscriptionDelivery(r.subscription_id, r.user_name, r.page, RegionOf(r.scope), r.edition, r.email, r.status, r.attempts,
                r.answer, r.node, Utc(r.updated_at)))];
    }

    private List<Subscription> Read(DbConnection connection, string? userName, bool activeOnly) =>
        [.. connection.Query<SubscriptionRow>(Sql("read-subscriptions.sql"), new { user_name = userName, active = activeOnly })
            .Select(r => new Subscription(r.id, r.user_name, r.page, RegionOf(r.scope), Enum.Parse<SubscriptionFrequency>(r.frequency), Utc(r.created_at),
                r.cancelled_at is { } cancelled ? Utc(cancelled) : null))];

    /// <summary>
    /// Times are kept in UTC in TIMESTAMP columns: sent without a kind, so that PostgreSQL does not convert a UTC time
    /// with its session's time zone (Npgsql types a UTC DateTime as timestamptz).
    /// </summary>
    private static DateTime Stored(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);

    private static string? RegionOf(string scope) => scope == National ? null : scope;

    /// <summary>
    /// The queries are written once, with DuckDB's <c>$name</c> parameters; PostgreSQL (Npgsql) reads them as <c>@name</c>.
    /// Only the project's own SQL resources pass through here, never user input.
    /// </summary>
    private string Sql(string file)
    {
        var sql = SqlResource.Load<SubscriptionStore>(file);
        return _postgres ? Parameter().Replace(sql, "@$1") : sql;
    }

    [GeneratedRegex(@"\$([a-z_]+)")]
    private static partial Regex Parameter();

#pragma warning disable IDE1006, SA1300 // Dapper maps columns to these properties by name.
    private sealed record SubscriptionRow(long id, string user_name, string page, string scope, string frequency, DateTime created_at, DateTime? cancelled_at);

    private sealed record DeliveryRow(long subscription_id, string user_name, string page, string scope, string edition, string email, string status,
        int attempts, string? answer, string? node, DateTime updated_at);
#pragma warning restore IDE1006, SA1300
}

/// <summary>What identifies one edition sent to one address: never two deliveries with the same key.</summary>
public sealed record DeliveryKey(string Email, string Page, string Scope, string Edition);
