using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.DataStatus;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Dashboard.Components.Operations;

/// <summary>The words and times of the Données page: statuses of loads and jobs in French, times in Paris.</summary>
public static class OperationsText
{
    /// <summary>A UTC time (the database's and Hangfire's) shown in Paris; a dash when there is none.</summary>
    public static string Time(DateTime? utc) => utc is { } at ? FrenchFormat.ParisTime(at) : "—";

    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", FrenchFormat.Culture) + " s";

    public static string DatasetTitle(string dataset) => DataContracts.Find(dataset)?.Title ?? dataset;

    /// <summary>How the dataset's extract date is known (docs/data-contracts.md, "Extract date").</summary>
    public static string ExtractSource(DatasetFreshness d) =>
        d.ExtractDateDeclared ? "nom du fichier"
        : DataContracts.Find(d.Dataset)?.Dating.Timing switch
        {
            DatasetTiming.Events => "dernière date des données",
            DatasetTiming.Snapshot => "dernier instantané",
            _ => "jour du chargement",
        };

    public static string LoadStatus(string? status) => status switch
    {
        "succeeded" => "réussi",
        "failed" => "refusé",
        "running" => "en cours",
        "interrupted" => "interrompu",
        null => "—",
        _ => status,
    };
}
