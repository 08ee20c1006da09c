using System.Net;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>What a load balancer asks without signing in: is the process alive, is it ready to serve.</summary>
public sealed class HealthTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task ALiveAndReadyNode_SaysSo_WithoutSignIn_AndWithoutDetail()
    {
        var client = app.Anonymous();

        using var alive = await client.GetAsync("/sante/vivant");
        using var ready = await client.GetAsync("/sante/pret");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("""{"statut":"ok","verifications":{}}""", await alive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"statut":"ok","verifications":{"base":"ok","instantane":"ok","taches":"ok"}}""", await ready.Content.ReadAsStringAsync());
        Assert.Equal("no-store", ready.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task ANodeWhoseDataFolderIsGone_IsNotReady_ButAlive_AndKeepsServingItsSnapshot()
    {
        // A host of its own: its working database goes away under it, as an unmounted shared folder would.
        using var broken = new DashboardApp();
        var client = broken.Anonymous();
        using (await client.GetAsync("/sante/pret"))
        {
            // Started.
        }

        File.Move(broken.DatabasePath, broken.DatabasePath + ".ailleurs");

        using var alive = await client.GetAsync("/sante/vivant");
        using var ready = await client.GetAsync("/sante/pret");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("""{"statut":"indisponible","verifications":{"base":"indisponible","instantane":"ok","taches":"ok"}}""", await ready.Content.ReadAsStringAsync());
    }
}
