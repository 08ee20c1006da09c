using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Dashboard.Subscriptions;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Subscriptions;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// Subscriptions end to end: a user subscribes through the dashboard's service, the job builds the dossier with the
/// user's rights of the day and sends it to a real SMTP server started here on loopback.
/// </summary>
public sealed class SubscriptionTests(DashboardApp app) : IClassFixture<DashboardApp>, IDisposable
{
    private const string Director = "directeur.aura";
    private const string DirectorAddress = "directeur.aura@demo.invalid";
    private const string Refused = "inconnu@demo.invalid";

    // 1 December 2026, 07:00 in Paris: the December edition is due.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
    private readonly TestSmtpServer _smtp = new(Refused);

    // Each test its own subscriptions and audit log: the class's hosts share the app's folder and database.
    private readonly string _files = Path.Combine(app.Folder, Guid.NewGuid().ToString("N"));

    public void Dispose() => _smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Fact]
    public async Task ADirector_ReceivesTheMonthsDossier_AsAPdfOfTheirRegion_Once()
    {
        using var host = Host();
        var subscriptions = host.Services.GetRequiredService<UserSubscriptions>();
        var (subscription, message) = subscriptions.Subscribe(Principal(Director, "regional", "84"), "assistants-medicaux", "84", SubscriptionFrequency.Monthly);

        Assert.NotNull(subscription);
        Assert.Equal("Abonnement mensuel enregistré : « Assistants médicaux » pour Auvergne-Rhône-Alpes, envoyé à directeur.aura@demo.invalid.", message);
        var report = host.Services.GetRequiredService<SubscriptionJob>().Run();

        Assert.Equal("abonnements : 1 envoyé", report);
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(DirectorAddress, mail.To.Mailboxes.Single().Address);
        Assert.Equal("Assistants médicaux — Auvergne-Rhône-Alpes — décembre 2026", mail.Subject);
        Assert.Contains("données jusqu'au 31/12/2021", mail.TextBody, StringComparison.Ordinal);
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("dossier-assistants-medicaux-84-2026-12.pdf", attachment.FileName);
        var text = PdfText(attachment);
        Assert.Contains("Auvergne-Rhône-Alpes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Île-de-France", text, StringComparison.Ordinal);
        // Masked as the rule says: the cover states it; the region's 1 centre under contract of 2 eligible are « < 11 » and
        // its uptake « secret », in the key figures (whose detail would name them) and in the tables.
        Assert.Contains("Secret statistique : les effectifs de 1 à 10 personnes ou structures sont remplacés par « < 11 »", text, StringComparison.Ordinal);
        Assert.Contains("Taux d'adhésion secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sous contrat sur", text, StringComparison.Ordinal);
        Assert.Contains("01/01/2021 84 Auvergne-Rhône-Alpes 31/12/2021 < 11 < 11 secret", text, StringComparison.Ordinal);
        Assert.Contains("Image non diffusée", text, StringComparison.Ordinal);

        // Run again the same month (a retry, the export-pack job, a second node): nothing more is sent.
        Assert.Equal("abonnements : rien à envoyer", host.Services.GetRequiredService<SubscriptionJob>().Run());
        Assert.Single(_smtp.Messages);
        var delivery = Assert.Single(subscriptions.DeliveriesOf(Principal(Director, "regional", "84"), 10));
        Assert.Equal((DeliveryStatus.Sent, "2026-12", 1), (delivery.Status, delivery.Edition, delivery.Attempts));
        Assert.StartsWith("250", delivery.Answer, StringComparison.Ordinal);

        // Next month, the January edition.
        _time.Advance(TimeSpan.FromDays(31));
        host.Services.GetRequiredService<SubscriptionJob>().Run();
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.EndsWith("janvier 2027", _smtp.Messages.Last().Subject, StringComparison.Ordinal);

        var audit = host.Services.GetRequiredService<AuditLog>();
        Assert.Contains(audit.Latest(20, AuditEvents.Subscribed), e => e.UserName == Director && e.Filters == "region=84");
        Assert.Equal(2, audit.Latest(20, AuditEvents.SubscriptionSent).Count(e => e.UserName == Director));
    }

    [Fact]
    public void TwoRunsAtOnce_SendAnEditionOnce()
    {
        using var host = Host();
        host.Services.GetRequiredService<UserSubscriptions>().Subscribe(Principal(Director, "regional", "84"), "integration", "84", SubscriptionFrequency.Weekly);

        Parallel.For(0, 4, _ => host.Services.GetRequiredService<SubscriptionSender>().SendDue());

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("Intégration des praticiens-conseils — Auvergne-Rhône-Alpes — semaine 49 de 2026", mail.Subject);
    }

    [Fact]
    public async Task ARefusedRecipient_IsRecordedWithTheServersAnswer_AndNotTriedAgain()
    {
        using var host = Host(("Accounts:Users:3:UserName", "inconnu"), ("Accounts:Users:3:Role", "national"), ("Accounts:Users:3:Email", Refused),
            ("Accounts:Users:3:PasswordHash", "AQAAAAIAAYagAAAAEJflMlcEcWSmHLOapMaKT5fGk8USjH/Ii2wTI8QYPZU4eh5HFlobwA5fXmfqRnpBWA=="));
        var subscriptions = host.Services.GetRequiredService<UserSubscriptions>();
        subscriptions.Subscribe(Principal("inconnu", "national"), "vue-ensemble", null, SubscriptionFrequency.Monthly);

        Assert.Equal("abonnements : 1 refusé", host.Services.GetRequiredService<SubscriptionJob>().Run());
        host.Services.GetRequiredService<SubscriptionJob>().Run();

        Assert.Empty(_smtp.Messages);
        var delivery = Assert.Single(subscriptions.AllDeliveries(Principal("admin", DashboardClaims.AdministratorRole), 10));
        Assert.Equal((DeliveryStatus.Refused, 1, Refused), (delivery.Status, delivery.Attempts, delivery.Email));
        Assert.StartsWith("550", delivery.Answer, StringComparison.Ordinal);
        Assert.Empty(subscriptions.AllDeliveries(Principal(Director, "regional", "84"), 10));

        // The administrators see it on the Données page; a planner does not see the table.
        var admin = DashboardApp.ClientFrom(host);
        await DashboardApp.SignIn(admin, "admin", "admin-demo");
        var data = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/donnees"));
        Assert.Matches(@"<td>inconnu</td>\s*<td>Vue d'ensemble</td>\s*<td>la France entière</td>\s*<td>décembre 2026</td>\s*<td>inconnu@demo.invalid</td>\s*<td>refusé</td>\s*<td>1</td>\s*<td>550 mailbox unavailable</td>", data);
    }

    [Fact]
    public void ADossierOverTheAttachmentLimit_IsLinked_NotAttached()
    {
        using var host = Host(("Mail:MaxAttachmentBytes", "1000"));
        host.Services.GetRequiredService<UserSubscriptions>().Subscribe(Principal(Director, "regional", "84"), "assistants-medicaux", "84", SubscriptionFrequency.Monthly);

        host.Services.GetRequiredService<SubscriptionJob>().Run();

        var mail = Assert.Single(_smtp.Messages);
        Assert.Empty(mail.Attachments);
        Assert.Contains("à télécharger (après connexion) à l'adresse https://tableaux.example.fr/export/dossier/assistants-medicaux.pdf?region=84", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pour voir ou arrêter vos abonnements : https://tableaux.example.fr/abonnements", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectorWhoLostTheRegion_ReceivesNothingOfIt_AndTheRefusalIsRecorded()
    {
        using (var before = Host())
        {
            before.Services.GetRequiredService<UserSubscriptions>().Subscribe(Principal(Director, "regional", "84"), "recrutement", "84", SubscriptionFrequency.Monthly);
        }

        // The account now directs Île-de-France; the subscription still names Auvergne-Rhône-Alpes.
        using var after = Host(("Accounts:Users:1:Region", "11"));
        var report = after.Services.GetRequiredService<SubscriptionJob>().Run();

        Assert.Equal("abonnements : 1 non envoyé", report);
        Assert.Empty(_smtp.Messages);
        var delivery = Assert.Single(after.Services.GetRequiredService<SubscriptionStore>().Deliveries(10));
        Assert.Equal(DeliveryStatus.Withheld, delivery.Status);
        Assert.Contains("hors du périmètre du compte", delivery.Answer, StringComparison.Ordinal);
        Assert.Contains(after.Services.GetRequiredService<AuditLog>().Latest(10, AuditEvents.SubscriptionNotSent), e => e.UserName == Director);
    }

    [Fact]
    public void ASubscriptionToAPageOrRegionThatNoLongerExists_IsNotSent_AndDoesNotStopTheOthers()
    {
        using var host = Host();
        var store = host.Services.GetRequiredService<SubscriptionStore>();
        // Kept from an older version of the product: a page since renamed, a region code no longer in the COG.
        store.Add(Director, "ancienne-page", "84", SubscriptionFrequency.Monthly, _time.GetUtcNow().UtcDateTime);
        store.Add("planificateur", "vue-ensemble", "99", SubscriptionFrequency.Monthly, _time.GetUtcNow().UtcDateTime);
        host.Services.GetRequiredService<UserSubscriptions>().Subscribe(Principal(Director, "regional", "84"), "integration", "84", SubscriptionFrequency.Monthly);

        Assert.Equal("abonnements : 1 envoyé, 2 non envoyé", host.Services.GetRequiredService<SubscriptionJob>().Run());

        Assert.Single(_smtp.Messages);
        var answers = store.Deliveries(10).Where(d => d.Status == DeliveryStatus.Withheld).Select(d => d.Answer).Order(StringComparer.Ordinal);
        Assert.Equal(["la page « ancienne-page » n'existe plus", "la région « 99 » n'existe plus"], answers);
    }

    [Fact]
    public async Task AServerAway_IsATransientFailure_RetriedUntilSent()
    {
        var port = _smtp.Port;
        await _smtp.DisposeAsync();
        using (var away = Host())
        {
            away.Services.GetRequiredService<UserSubscriptions>().Subscribe(Principal(Director, "regional", "84"), "previsions", "84", SubscriptionFrequency.Monthly);
            var failure = Assert.Throws<TransientJobException>(() => away.Services.GetRequiredService<SubscriptionJob>().Run());
            Assert.Equal("abonnements : 1 échec ; nouvel essai des échecs", failure.Message);
        }

        await using var back = new TestSmtpServer();
        using var host = Host(("Mail:Port", back.Port.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("abonnements : 1 envoyé", host.Services.GetRequiredService<SubscriptionJob>().Run());

        Assert.Single(back.Messages);
        var delivery = Assert.Single(host.Services.GetRequiredService<SubscriptionStore>().Deliveries(10));
        Assert.Equal((DeliveryStatus.Sent, 2), (delivery.Status, delivery.Attempts));
        Assert.NotEqual(port, back.Port);
    }

    [Fact]
    public void SubscribingToAnotherRegion_IsRefused_AndCancellingIsTheOwnersOnly()
    {
        using var host = Host();
        var subscriptions = host.Services.GetRequiredService<UserSubscriptions>();

        var (refused, message) = subscriptions.Subscribe(Principal(Director, "regional", "84"), "assistants-medicaux", "11", SubscriptionFrequency.Monthly);
        Assert.Null(refused);
        Assert.Equal("Abonnement refusé : accès refusé : votre périmètre est la région 84, la demande porte sur la région 11.", message);

        var (mine, _) = subscriptions.Subscribe(Principal(Director, "regional", "84"), "assistants-medicaux", "84", SubscriptionFrequency.Monthly);
        var (again, _) = subscriptions.Subscribe(Principal(Director, "regional", "84"), "assistants-medicaux", "84", SubscriptionFrequency.Monthly);
        Assert.Equal(mine!.Id, again!.Id);
        Assert.False(subscriptions.Cancel(Principal("planificateur", "national"), mine.Id));
        Assert.True(subscriptions.Cancel(Principal(Director, "regional", "84"), mine.Id));
        Assert.False(Assert.Single(subscriptions.Of(Principal(Director, "regional", "84"))).IsActive);

        Assert.Equal("abonnements : rien à envoyer", host.Services.GetRequiredService<SubscriptionJob>().Run());
        Assert.Contains(host.Services.GetRequiredService<AuditLog>().Latest(10, AuditEvents.Unsubscribed), e => e.UserName == Director);

        // Someone signed in through single sign-on under the same name is not that account here.
        var sso = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, Director), new System.Security.Claims.Claim(DashboardClaims.Region, "84")],
            OpenIdConnectSignIn.AuthenticationType));
        Assert.Empty(subscriptions.Of(sso));
        Assert.Null(subscriptions.AddressOf(sso));
        Assert.Equal("Les comptes de l'authentification unique ne peuvent pas s'abonner : leurs droits ne sont connus qu'à leur connexion.",
            subscriptions.Subscribe(sso, "assistants-medicaux", "84", SubscriptionFrequency.Monthly).Message);
    }

    /// <summary>This class's app with the test's SMTP server and clock, and the settings given.</summary>
    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Subscriptions:Path", Path.Combine(_files, "subscriptions.duckdb"));
        builder.UseSetting("Audit:Path", Path.Combine(_files, "audit.duckdb"));
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Mail:DashboardUrl", "https://tableaux.example.fr/");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time));
    });

    private static System.Security.Claims.ClaimsPrincipal Principal(string userName, string role, string? region = null) =>
        AccountStore.Principal(new Account { UserName = userName, DisplayName = userName, Role = role, Region = region });

    private static string PdfText(MimePart attachment)
    {
        using var buffer = new MemoryStream();
        attachment.Content!.DecodeTo(buffer);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(buffer.ToArray());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
