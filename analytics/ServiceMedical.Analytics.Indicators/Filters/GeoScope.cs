using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>National, one region or one department (INSEE COG 2025 codes).</summary>
public sealed record GeoScope
{
    private GeoScope(string? region, string? department)
    {
        Region = region;
        Department = department;
    }

    public static GeoScope National { get; } = new(null, null);

    /// <summary>The zone code of France as a whole in the indicators' rows.</summary>
    public const string FranceCode = "FR";

    /// <summary>The region code; for a department, its region.</summary>
    public string? Region { get; }

    public string? Department { get; }

    public bool IsNational => Region is null;

    public static GeoScope ForRegion(string code) =>
        CogReference.Regions.Any(r => r.Code == code) ? new(code, null) : throw new FilterException($"région inconnue : « {code} »");

    public static GeoScope ForDepartment(string code) =>
        CogReference.Departments.FirstOrDefault(d => d.Code == code) is { } d
            ? new(d.RegionCode, d.Code)
            : throw new FilterException($"département inconnu : « {code} »");
}
