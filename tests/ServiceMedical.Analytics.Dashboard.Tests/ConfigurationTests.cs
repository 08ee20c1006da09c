using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceMedical.Analytics.Ingest.Loading;

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
        });

        var refused = Assert.ThrowsAny<Exception>(() => host.Services);
        Assert.Contains("Jobs:TimeZone : fuseau horaire inconnu « Mars/Olympus »", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("Ingest:MaxRejectedShare : un nombre entre 0 et 1", refused.ToString(), StringComparison.Ordinal);
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
