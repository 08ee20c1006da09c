namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>A region of the INSEE COG 2025.</summary>
public sealed record CogRegion(string Code, string Name, bool IsMetropolitan);

/// <summary>A department of the INSEE COG 2025, with its region and chief town.</summary>
public sealed record CogDepartment(string Code, string Name, string RegionCode, string CapitalName);

/// <summary>The built-in INSEE COG 2025 (18 regions, 101 departments), read from the embedded copy.</summary>
public static class CogReference
{
    private static readonly Lazy<IReadOnlyList<CogRegion>> s_regions = new(() =>
        ReferenceData.ReadCog("cog-regions-2025.csv")
            .Select(r => new CogRegion(r["code"], r["name"], r["is_metropolitan"] == "true")).ToList());

    private static readonly Lazy<IReadOnlyList<CogDepartment>> s_departments = new(() =>
        ReferenceData.ReadCog("cog-departments-2025.csv")
            .Select(r => new CogDepartment(r["code"], r["name"], r["region_code"], r["capital_name"])).ToList());

    public static IReadOnlyList<CogRegion> Regions => s_regions.Value;

    public static IReadOnlyList<CogDepartment> Departments => s_departments.Value;
}
