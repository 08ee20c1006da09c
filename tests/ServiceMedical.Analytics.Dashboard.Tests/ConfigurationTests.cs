using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>The web app reads its settings as the command line does, and refuses to start on settings it cannot use.</summary>
public sealed class ConfigurationTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public void TheShareOfRejectedRowsAFileMayHave_IsTheConfiguredOne()
    {
        using var host = app.WithWebHostBuilder(b => b.UseSetting("Ingest:MaxRejectedShare", "0"));

        Assert.Equal(0, host.Services.GetRequiredService<LoadPolicy>().MaxRejectedShare);
    }

    [Fact]
    public void SettingsItCannotUse_StopTheStart_NamingEachKey()
    {
        using var host = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Jobs:TimeZone", "Mars/Olympus");
            b.UseSetting("Ingest:MaxRejectedShare", "beaucoup");
            b.UseSetting("Dashboard:ChartCacheEntries", "-1");
            b.UseSetting("SignIn:MaxFailures", "0");
        });

        var refused = Assert.ThrowsAny<Exception>(() => host.Services).ToString();
        Assert.Contains("Jobs:TimeZone : fuseau horaire inconnu « Mars/Olympus »", refused, StringComparison.Ordinal);
        Assert.Contains("Ingest:MaxRejectedShare : un nombre entre 0 et 1", refused, StringComparison.Ordinal);
        Assert.Contains("Dashboard:ChartCacheEntries : un entier positif ou 0", refused, StringComparison.Ordinal);
        Assert.Contains("SignIn:MaxFailures : un entier positif, pas 0", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOwnSettingOfTheWebApp_IsCheckedWithTheSharedOnes_AllAtOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:Storage"] = "Redis",
            ["Authentication:OpenIdConnect:Authority"] = "http://annuaire.exemple/realms/am",
            ["Accounts:Users:0:UserName"] = "dupont",
            ["Accounts:Users:0:PasswordHash"] = "AQAAAA",
            ["Accounts:Users:0:Role"] = "regional",
            ["Accounts:Users:0:Region"] = "99",
            ["Accounts:Users:1:UserName"] = "Dupont",
            ["Accounts:Users:1:Role"] = "chef",
            ["SignIn:LockDuration"] = "bientôt",
            ["Audit:Path"] = "",
            ["Dashboard:WarmChartCache"] = "oui",
            ["Accounts:Users:0:Email"] = "dupont at exemple",
            ["Subscriptions:Cron"] = "chaque matin",
            ["Mail:Host"] = "smtp.exemple.fr",
            ["Mail:Port"] = "0",
            ["Mail:Security"] = "Ssl",
            ["Mail:From"] = "pas une adresse",
            ["Mail:DashboardUrl"] = "tableaux.exemple.fr",
        }).Build();

        var refused = Assert.Throws<ConfigurationProblemsException>(() => DashboardConfiguration.Read(configuration));

        Assert.Collection(refused.Problems,
            p => Assert.StartsWith("Jobs:Storage : « Redis »", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Authentication:OpenIdConnect:Authority : « http://annuaire.exemple/realms/am » doit être en https", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Authentication:OpenIdConnect:ClientId : obligatoire avec Authority", p, StringComparison.Ordinal),
            p => Assert.Equal("Accounts:Users:0:Email : « dupont at exemple » n'est pas une adresse électronique", p),
            p => Assert.StartsWith("Accounts:Users:0:Region : « 99 » n'est pas un code INSEE de région", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Accounts:Users:1:UserName : « Dupont » est déjà le nom d'un autre compte", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Accounts:Users:1:PasswordHash : obligatoire", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Accounts:Users:1:Role : « chef »", p, StringComparison.Ordinal),
            p => Assert.Equal("SignIn:LockDuration : valeur illisible « bientôt » (attendu : une durée hh:mm:ss)", p),
            p => Assert.Equal("Audit:Path : le chemin du journal d'audit est vide", p),
            p => Assert.Equal("Dashboard:WarmChartCache : valeur illisible « oui » (attendu : true ou false)", p),
            p => Assert.Equal("Subscriptions:Cron : « chaque matin » n'est pas une expression cron (par exemple « 0 7 * * * »)", p),
            p => Assert.Equal("Mail:Port : un port entre 1 et 65535, pas 0", p),
            p => Assert.StartsWith("Mail:Security : « Ssl » ; None, StartTls", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Mail:From : « pas une adresse » n'est pas une adresse", p, StringComparison.Ordinal),
            p => Assert.Equal("Mail:DashboardUrl : « tableaux.exemple.fr » n'est pas une adresse http(s) absolue", p));
    }

    [Fact]
    public void NothingButOneAccount_GivesTheDefaults()
    {
        var settings = DashboardConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Accounts:Users:0:UserName"] = "exploitant",
            ["Accounts:Users:0:PasswordHash"] = "AQAAAA",
            ["Accounts:Users:0:Role"] = "admin",
        }).Build());

        Assert.Equal((1000, true, 5, false, "data/audit.duckdb", Path.GetFullPath("data/keys")),
            (settings.Charts.ChartCacheEntries, settings.Charts.WarmChartCache, settings.SignIn.MaxFailures, settings.OpenIdConnect.Enabled, settings.Audit.Path,
                settings.Keys.FolderBeside(settings.Jobs.Database.Path)));
    }

    [Fact]
    public void InProduction_NoDemoAccountExists_AndTheAppWillNotStartWithoutAnAccountOrSingleSignOn()
    {
        using var bare = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var refused = Assert.ThrowsAny<Exception>(() => bare.Services);
        Assert.Contains("Accounts:Users : au moins un compte", refused.ToString(), StringComparison.Ordinal);

        using var given = app.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Accounts:Users:0:UserName", "exploitant");
            b.UseSetting("Accounts:Users:0:PasswordHash", "AQAAAAIAAYagAAAAEJflMlcEcWSmHLOapMaKT5fGk8USjH/Ii2wTI8QYPZU4eh5HFlobwA5fXmfqRnpBWA==");
            b.UseSetting("Accounts:Users:0:Role", "admin");
        });
        var accounts = given.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Security.AccountOptions>>().Value;
        Assert.Equal(["exploitant"], accounts.Users.Select(u => u.UserName));
        Assert.Null(accounts.DemoPasswordsNotice);
    }

    [Fact]
    public void TheDemo_AndItsAccounts_AreDevelopmentSettingsOnly()
    {
        var production = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var development = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")).Build();

        Assert.False(production.GetValue<bool>("Demo:LoadOnFirstStart"));
        Assert.False(production.GetSection("Accounts").Exists());
        Assert.True(development.GetValue<bool>("Demo:LoadOnFirstStart"));
        Assert.Equal(["planificateur", "directeur.aura", "admin"], development.GetSection("Accounts:Users").GetChildren().Select(u => u["UserName"]));
    }
}
