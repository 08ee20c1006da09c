namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>The charts drawn for the screen, kept for every session (configuration section <c>Dashboard</c>).</summary>
public sealed class ChartCacheOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>How many charts are kept; 0 keeps none (benchmarks measure without it).</summary>
    public int ChartCacheEntries { get; set; } = 1000;

    /// <summary>Draw every page's charts for the nation and each region after each publication, before anyone asks.</summary>
    public bool WarmChartCache { get; set; } = true;

    public IEnumerable<string> Problems()
    {
        if (ChartCacheEntries < 0)
        {
            yield return $"{SectionName}:ChartCacheEntries : un entier positif ou 0 (aucun graphique gardé), pas {ChartCacheEntries}";
        }
    }
}
