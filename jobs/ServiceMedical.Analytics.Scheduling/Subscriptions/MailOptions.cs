namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// The mail server that carries subscribed dossiers (configuration section <c>Mail</c>). Without a host nothing is
/// sent: subscriptions are kept, and the deliveries wait until a server is configured.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The SMTP server; empty: e-mail is off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls (required), StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's choice by port).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    /// <summary>Only with a server that asks for it; the password belongs in a secrets store or the environment.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. "ServiceMedical.Analytics &lt;tableaux-de-bord@assurance-maladie.fr&gt;".</summary>
    public string From { get; set; } = "ServiceMedical.Analytics <ne-pas-repondre@localhost>";

    /// <summary>
    /// A dossier's PDF is attached up to this size (10 MiB by default, under most servers' 20–25 MB limit once
    /// encoded); a larger one is linked to the page's PDF in the dashboard (<see cref="DashboardUrl"/>), behind sign-in.
    /// </summary>
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The dashboard's address as readers reach it, for links in the e-mails (e.g. https://tableaux.example.fr/).</summary>
    public string? DashboardUrl { get; set; }

    /// <summary>How long one exchange with the server may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static IReadOnlyList<string> SecurityChoices { get; } = ["None", "StartTls", "StartTlsWhenAvailable", "SslOnConnect", "Auto"];

    /// <summary>What is wrong with these settings, each named by its configuration key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Port is <= 0 or > 65535)
        {
            yield return $"{SectionName}:Port : un port entre 1 et 65535, pas {Port}";
        }

        if (!SecurityChoices.Contains(Security, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"{SectionName}:Security : « {Security} » ; {string.Join(", ", SecurityChoices)}";
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return $"{SectionName}:From : « {From} » n'est pas une adresse (par exemple « Tableaux de bord <tdb@example.fr> »)";
        }

        if (MaxAttachmentBytes <= 0)
        {
            yield return $"{SectionName}:MaxAttachmentBytes : une taille positive en octets, pas {MaxAttachmentBytes}";
        }

        if (DashboardUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return $"{SectionName}:DashboardUrl : « {url} » n'est pas une adresse http(s) absolue";
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:Timeout : une durée positive (hh:mm:ss), pas {Timeout}";
        }
    }
}
