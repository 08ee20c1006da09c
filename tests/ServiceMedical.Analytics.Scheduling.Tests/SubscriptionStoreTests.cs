using ServiceMedical.Analytics.Scheduling.Subscriptions;
using ServiceMedical.Analytics.TestSupport;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>
/// The delivery key keeps an edition from being sent twice: on one node's DuckDB file and in the PostgreSQL several
/// nodes share, whoever claims it first sends it; a transient failure, or a node dead past the lapse, lets it be taken again.
/// </summary>
public sealed class SubscriptionStoreTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Directory.CreateTempSubdirectory("sma-subscriptions-").FullName;

    // A shared server (SMA_TEST_POSTGRES) may hold other runs' rows: this run's address is its own.
    private readonly string _email = $"directeur.{Guid.NewGuid():N}@demo.invalid";

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void OfEightNodesClaimingAnEditionAtOnce_OneSendsIt(string kind)
    {
        // Each "node" its own store over the same database, as two processes would be.
        var stores = Enumerable.Range(0, 8).Select(_ => Store(kind)).ToArray();
        var subscription = stores[0].Add("directeur.aura", "assistants-medicaux", "84", SubscriptionFrequency.Monthly, Now);
        var key = new DeliveryKey(_email, subscription.Page, "84", "2026-12");

        var claimed = new bool[stores.Length];
        Parallel.For(0, stores.Length, i => claimed[i] = Claim(stores[i], key, subscription, $"noeud-{i}", Now));

        Assert.Equal(1, claimed.Count(c => c));
        var winner = $"noeud-{Array.IndexOf(claimed, true)}";
        var delivery = Assert.Single(stores[0].Deliveries(10, "directeur.aura"), d => d.Email == _email);
        Assert.Equal((DeliveryStatus.Sending, winner, 1), (delivery.Status, delivery.Node, delivery.Attempts));
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void AFailedEdition_IsTakenAgain_ASentOneNever_AndAHalfDoneOneOnlyAfterTheLapse(string kind)
    {
        var store = Store(kind);
        var subscription = store.Add("directeur.aura", "recrutement", "84", SubscriptionFrequency.Weekly, Now);
        var failed = new DeliveryKey(_email, subscription.Page, "84", "2026-W49");
        var halfDone = failed with { Edition = "2026-W50" };

        Assert.True(Claim(store, failed, subscription, "noeud-a", Now));
        store.Record(failed, "noeud-a", DeliveryStatus.Failed, "421 service indisponible", Now);
        Assert.True(Claim(store, failed, subscription, "noeud-b", Now.AddMinutes(5)));
        store.Record(failed, "noeud-b", DeliveryStatus.Sent, "250 Ok", Now.AddMinutes(5));
        Assert.False(Claim(store, failed, subscription, "noeud-a", Now.AddDays(1)));

        Assert.True(Claim(store, halfDone, subscription, "noeud-a", Now));
        Assert.False(Claim(store, halfDone, subscription, "noeud-b", Now + SubscriptionSender.ClaimLapse - TimeSpan.FromMinutes(1)));
        Assert.True(Claim(store, halfDone, subscription, "noeud-b", Now + SubscriptionSender.ClaimLapse + TimeSpan.FromMinutes(1)));

        var deliveries = store.Deliveries(10, "directeur.aura").Where(d => d.Email == _email).ToDictionary(d => d.Edition);
        Assert.Equal((DeliveryStatus.Sent, 2, "250 Ok"), (deliveries["2026-W49"].Status, deliveries["2026-W49"].Attempts, deliveries["2026-W49"].Answer));
        Assert.Equal((DeliveryStatus.Sending, 2, "noeud-b"), (deliveries["2026-W50"].Status, deliveries["2026-W50"].Attempts, deliveries["2026-W50"].Node));
        Assert.Equal((Now.AddMinutes(5), DateTimeKind.Utc), (deliveries["2026-W49"].UpdatedAt, deliveries["2026-W49"].UpdatedAt.Kind));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held for a moment; the temporary folder is cleaned by the OS.
        }
    }

    private SubscriptionStore Store(string kind) => kind == "postgres"
        // A server whose sessions run in Paris time: a UTC time must still come back as it went in.
        ? SubscriptionStore.InPostgreSql(postgres.ConnectionString + ";Timezone=Europe/Paris")
        : SubscriptionStore.InDuckDb(Path.Combine(_folder, "subscriptions.duckdb"));

    private static bool Claim(SubscriptionStore store, DeliveryKey key, Subscription subscription, string node, DateTime at) =>
        store.Claim(key, subscription, node, at, at - SubscriptionSender.ClaimLapse);
}
