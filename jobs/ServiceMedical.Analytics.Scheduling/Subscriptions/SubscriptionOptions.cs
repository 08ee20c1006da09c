namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>Where one node keeps subscriptions and deliveries (configuration section <c>Subscriptions</c>); with several nodes, the shared PostgreSQL.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    public string Path { get; set; } = "data/subscriptions.duckdb";

    /// <summary>When due editions are sent, read in <c>Jobs:TimeZone</c>: every morning, so that a failed day is caught up the next.</summary>
    public string Cron { get; set; } = "0 7 * * *";

    public IEnumerable<string> Problems(bool sharedDatabase)
    {
        if (!sharedDatabase && string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{SectionName}:Path : le chemin du fichier des abonnements est vide";
        }

        if (!SchedulingOptions.IsCron(Cron))
        {
            yield return $"{SectionName}:Cron : « {Cron} » n'est pas une expression cron (par exemple « 0 7 * * * »)";
        }
    }
}
