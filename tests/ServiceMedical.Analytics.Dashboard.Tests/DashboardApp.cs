using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.TestSupport;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// The real app on a small database loaded through the real ingest, by hand: two eligible centres in the Ain
/// (Auvergne-Rhône-Alpes), one in Paris; one contract, in the Ain, signed 10/03/2021. The contracts were extracted on
/// 31/12/2021 (the file says so): the data horizon, years before the clock. AURA uptake on the 01/01/2021 snapshot: 1 of 2.
/// </summary>
public sealed partial class DashboardApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-dashboard-").FullName;

    public DashboardApp()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "centres_sante.csv"),
            "finess;raison_sociale;code_departement\n010000024;Centre A;01\n010780054;Centre B;01\n750000002;Centre P;75\n");
        File.WriteAllText(Path.Combine(inbox, "eligibilite.csv"),
            "date_extraction;type_beneficiaire;identifiant_beneficiaire;code_departement;eligible\n" +
            "01/01/2021;centre_sante;010000024;01;oui\n01/01/2021;centre_sante;010780054;01;oui\n01/01/2021;centre_sante;750000002;75;oui\n");
        File.WriteAllText(Path.Combine(inbox, "contrats_assistants_medicaux_2021-12-31.csv"),
            "numero_contrat;type_beneficiaire;identifiant_beneficiaire;code_departement;date_signature;date_debut;date_fin;etp_assistants;file_active_reference;objectif_progression_pct;statut\n" +
            "AM-0001;centre_sante;010000024;01;10/03/2021;01/04/2021;01/04/2026;1;3000;10;en_cours\n");
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = DatabasePath }).Open();
        var results = new InboxIngest(connection, LoadPolicy.Strict, TimeProvider.System).LoadFolder(inbox);
        if (results.Any(r => r.Status != LoadStatus.Succeeded))
        {
            throw new InvalidOperationException(string.Join("; ", results.Select(r => r.Message)));
        }
    }

    public string DatabasePath => Path.Combine(_folder, "dashboard.duckdb");

    /// <summary>This host's own folder: its database, audit log and job folders are there, shared with no other test.</summary>
    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        IsolatedHost.Configure(builder, _folder, DatabasePath);
        builder.UseSetting("Demo:LoadOnFirstStart", "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }

    /// <summary>A client of its own address (see <see cref="TestClientAddress"/>), as a person at their own workstation.</summary>
    public HttpClient Anonymous(string? address = null) => ClientFrom(this, address);

    /// <summary>A client of <paramref name="host"/> (this app or one derived from it) coming from <paramref name="address"/>, a new one when not given.</summary>
    public static HttpClient ClientFrom(WebApplicationFactory<Program> host, string? address = null, string baseAddress = "http://localhost")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address ?? TestClientAddress.Next());
        return client;
    }

    /// <summary>A client signed in through the real form (antiforgery token included).</summary>
    public async Task<HttpClient> SignedIn(string userName, string password)
    {
        var client = Anonymous();
        var (status, location) = await SignIn(client, userName, password);
        if (status != HttpStatusCode.Redirect || location.Contains("erreur", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {status} {location}");
        }

        return client;
    }

    public static async Task<(HttpStatusCode Status, string Location)> SignIn(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/connexion");
        var token = Token(form);
        using var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["utilisateur"] = userName,
            ["motdepasse"] = password,
            ["retour"] = "/",
        }));
        return (response.StatusCode, response.Headers.Location?.ToString() ?? "");
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The host may still hold the database file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
