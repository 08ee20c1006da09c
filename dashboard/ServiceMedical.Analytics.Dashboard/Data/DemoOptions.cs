namespace ServiceMedical.Analytics.Dashboard.Data;

/// <summary>First-start behaviour: with an empty database, write and load the national demo through the normal ingest (Development only by default).</summary>
public sealed class DashboardDemoOptions
{
    public const string SectionName = "Demo";

    public bool LoadOnFirstStart { get; set; }

    public string Folder { get; set; } = "data/demo";

    public IEnumerable<string> Problems()
    {
        if (LoadOnFirstStart && string.IsNullOrWhiteSpace(Folder))
        {
            yield return $"{SectionName}:Folder : obligatoire avec LoadOnFirstStart";
        }
    }
}
