using System.ComponentModel;
using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Scheduling.ExportPacks;

/// <summary>
/// Writes the dashboard's dossiers (each page's charts as PNG and SVG, tables as CSV and XLSX) for the nation
/// and for each region, as the regional user of that region would export them: one folder per scope, under a
/// folder per month. Reads through the host's indicator readers (the jobs': the published snapshot, never waiting for a writer). The pack is written under a
/// temporary name and renamed when whole: whoever collects the outbox never sees half a pack. In the dashboard's host,
/// the run then sends the subscriptions' due editions by e-mail (the daily subscription job retries what failed).
/// </summary>
public sealed class ExportPackJob(IIndicatorReaders readers, SchedulingOptions options, TimeProvider time, SubscriptionSender? subscriptions = null)
{
    public const string National = "FR";

    /// <summary>The scheduled entry point; its summary is kept with the job's outcome.</summary>
    [DisplayName("Dossiers d'export : national et régions")]
    public string Run(string? region, string? folder) => Write(region, folder) + (subscriptions is null ? "" : $" ; {SendSubscriptions(subscriptions)}");

    /// <summary>The packs are written whatever becomes of the e-mails: the daily subscription job sends what this could not.</summary>
    private static string SendSubscriptions(SubscriptionSender sender)
    {
        try
        {
            return sender.SendDue().ToString();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return $"abonnements non envoyés ({e.Message}) : le travail « abonnements » les enverra";
        }
    }

    public ExportPackReport Write(string? region = null, string? folder = null)
    {
        if (region is not null && CogReference.Regions.All(r => r.Code != region))
        {
            throw new ArgumentException($"Région inconnue : « {region} » (code INSEE de région attendu, par ex. 84).", nameof(region));
        }

        var target = folder ?? Path.Combine(options.OutboxFolder, time.GetLocalNow().ToString("yyyy-MM", CultureInfo.InvariantCulture));
        string?[] scopes = region is null ? [null, .. CogReference.Regions.Select(r => r.Code)] : [region];
        var dossiers = 0;
        foreach (var code in scopes)
        {
            var name = code is null ? National : $"{code}-{Slug(CogReference.Regions.First(r => r.Code == code).Name)}";
            var partial = Path.Combine(target, name + ".partiel");
            var complete = Path.Combine(target, name);
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }

            Directory.CreateDirectory(partial);
            var user = code is null ? UserScope.National : UserScope.ForRegion(code);
            var filter = code is null ? IndicatorFilter.National : new IndicatorFilter { Geography = GeoScope.ForRegion(code) };
            using var reader = readers.Open(user);
            foreach (var page in DashboardPages.All)
            {
                // Each page as it opens: the last twelve complete months up to its data horizon.
                using var file = File.Create(Path.Combine(partial, $"dossier-{page.Name}.zip"));
                PageDossier.Write(file, page, reader, page.PeriodOf(filter, reader.Horizon).Apply(filter), time);
                dossiers++;
            }

            if (Directory.Exists(complete))
            {
                Directory.Delete(complete, recursive: true);
            }

            Directory.Move(partial, complete);
        }

        return new ExportPackReport(Path.GetFullPath(target), scopes.Length, dossiers);
    }

    /// <summary>A folder name from a region's name: "Auvergne-Rhône-Alpes" → "auvergne-rhone-alpes".</summary>
    internal static string Slug(string name)
    {
        var plain = new string([.. name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        return string.Join('-', plain.ToLowerInvariant().Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries));
    }
}
