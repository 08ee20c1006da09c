using Microsoft.Extensions.Configuration;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>The settings the web app and the command line share, read and checked by one piece of code.</summary>
public sealed class JobsConfigurationTests
{
    private static JobsConfiguration Read(params (string Key, string Value)[] settings) =>
        JobsConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void NothingSet_GivesTheDefaults()
    {
        var settings = Read();

        Assert.Equal(("data/servicemedical.duckdb", 0.05, "*/5 * * * *", "Europe/Paris"),
            (settings.Database.Path, settings.Policy.MaxRejectedShare, settings.Scheduling.InboxCron, settings.Scheduling.TimeZone));
    }

    [Fact]
    public void TheShareOfRejectedRows_IsRead()
    {
        Assert.Equal(0, Read(("Ingest:MaxRejectedShare", "0")).Policy.MaxRejectedShare);
        Assert.Equal(0.2, Read(("Ingest:MaxRejectedShare", "0.2")).Policy.MaxRejectedShare);
    }

    [Fact]
    public void TheSmallCountThreshold_Is11ByDefault_AndASetting()
    {
        Assert.Equal(11, Read().Secrecy.Threshold);
        Assert.Equal(5, Read(("Secrecy:Threshold", "5")).Secrecy.Threshold);
        Assert.Equal(["Secrecy:Threshold : un entier à partir de 2 (11 : les effectifs de 1 à 10 sont masqués), pas « 1 »"],
            Assert.Throws<ConfigurationProblemsException>(() => Read(("Secrecy:Threshold", "1"))).Problems);
    }

    [Fact]
    public void EveryProblem_IsNamedWithItsKey_AllAtOnce()
    {
        var refused = Assert.Throws<ConfigurationProblemsException>(() => Read(
            ("Jobs:InboxCron", "toutes les cinq minutes"), ("Jobs:TimeZone", "Mars/Olympus"), ("Jobs:Storage", "PostgreSql"),
            ("Jobs:RetryAttempts", "beaucoup"), ("Ingest:MaxRejectedShare", "5%"), ("Database:MemoryLimit", "tout")));

        Assert.Collection(refused.Problems,
            p => Assert.StartsWith("Database:MemoryLimit : « tout »", p, StringComparison.Ordinal),
            p => Assert.Equal("Jobs:RetryAttempts : valeur illisible « beaucoup » (attendu : un entier)", p),
            p => Assert.StartsWith("Jobs:InboxCron : « toutes les cinq minutes » n'est pas une expression cron", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Jobs:TimeZone : fuseau horaire inconnu « Mars/Olympus »", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Jobs:PostgreSqlConnectionString : obligatoire", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Ingest:MaxRejectedShare : un nombre entre 0 et 1", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("30 2 * * *")]
    [InlineData("0 */15 * * * *")]
    [InlineData("0 6 1 * *")]
    public void CronExpressionsHangfireReads_AreAccepted(string cron) =>
        Assert.Equal(cron, Read(("Jobs:RefreshCron", cron)).Scheduling.RefreshCron);
}
