using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceMedical.Analytics.TestSupport;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>
/// The real app on a free loopback port, started as a newcomer would start it: an empty database, the demo
/// generated and loaded on first start through the normal ingest; and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Directory.CreateTempSubdirectory("sma-browser-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where each page's screenshot is saved: artifacts/screenshots at the repository root.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // No network here but loopback: Chromium's background services would only fail.
            // On Linux Chromium takes its language (date fields' day/month order) from the environment, not --lang.
            Env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "")
                .Concat(new Dictionary<string, string> { ["LANG"] = "fr_FR.UTF-8", ["LANGUAGE"] = "fr" })
                .GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            Args = ["--lang=fr-FR", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        // The Données page's tests launch jobs: this host runs a job server.
        IsolatedHost.Configure(builder, _folder, runJobs: true);
        // Every browser of these tests comes from 127.0.0.1: one source, which signs in far more than a person would.
        builder.UseSetting("SignIn:AttemptsPerSourcePerMinute", "1000");
        builder.UseSetting("Demo:LoadOnFirstStart", "true");
    }

    /// <summary>A new browser context (its own cookies), signed in through the sign-in form.</summary>
    public async Task<IPage> SignedInPage(string userName, string password, int width = 1280, bool touch = false)
    {
        var page = await NewPage(width, touch: touch);
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Identifiant").FillAsync(userName);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A new browser context (its own cookies), not signed in; <paramref name="touch"/> for a touch screen (taps).</summary>
    public async Task<IPage> NewPage(int width = 1280, int height = 900, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "fr-FR",
            HasTouch = touch,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The indicator's CSV as the analytics layer writes it, for a national user and the filter given, under the small-count rule as every export.</summary>
    public byte[] IndicatorCsv(string indicator, string query)
    {
        var database = Services.GetRequiredService<Data.DashboardDatabase>();
        using var connection = database.Connect();
        var table = Indicators.Catalog.IndicatorCatalog.Get(indicator)
            .Run(connection, database.Horizon(connection), Indicators.Security.UserScope.National, Indicators.Filters.IndicatorFilter.Parse(query));
        using var stream = new MemoryStream();
        Indicators.Secrecy.TableSecrecy.Apply(new Indicators.Secrecy.SmallCountRule(), table).Table.WriteCsv(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Saves a screenshot in artifacts/screenshots. A full page is taken as someone who scrolled through it saw it:
    /// charts out of view are laid out only when scrolled to (content-visibility), so they are made visible first.
    /// </summary>
    public static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Screenshots);
        if (fullPage)
        {
            await page.AddStyleTagAsync(new() { Content = ".chart-block, .table-scroll { content-visibility: visible !important; }" });
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Opens a page and waits until it is interactive and every chart has drawn.</summary>
    public static async Task Open(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Ready(page);
    }

    /// <summary>Shows one view of a tile with several (the ranking beside the map) and waits until it is drawn.</summary>
    public static async Task ShowView(IPage page, string chart)
    {
        await page.Locator($".view-switch button[data-view={chart}]").ClickAsync();
        await Assertions.Expect(page.Locator($".view-switch button[data-view={chart}]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator($"[data-chart={chart}]")).ToHaveCountAsync(1);
        await Ready(page);
    }

    /// <summary>Waits until the page reacts to its filters (the Blazor circuit is up) and no chart is still loading.</summary>
    public static async Task Ready(IPage page)
    {
        // A page whose charts are drawn for the first time (a period nobody asked for yet) starts its circuit after them:
        // on two cores busy with the other test classes that took more than the 5 s Playwright waits by default.
        var patience = new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 };
        await Assertions.Expect(page.Locator(".frame[data-interactive=true]")).ToHaveCountAsync(1, patience);
        await Assertions.Expect(page.Locator(".loading")).ToHaveCountAsync(0, patience);
        await Assertions.Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0, patience);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be held for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceMedical.Analytics.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
