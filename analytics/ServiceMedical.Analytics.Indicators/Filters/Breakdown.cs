namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>How an indicator's rows are split: by the next level of geography, or by period.</summary>
public enum Breakdown
{
    None,
    Region,
    Department,
    Month,
    Quarter,
    Year,
}

public static class BreakdownNames
{
    private static readonly Dictionary<Breakdown, string> s_names = new()
    {
        [Breakdown.None] = "none",
        [Breakdown.Region] = "region",
        [Breakdown.Department] = "department",
        [Breakdown.Month] = "month",
        [Breakdown.Quarter] = "quarter",
        [Breakdown.Year] = "year",
    };

    public static string Name(this Breakdown breakdown) => s_names[breakdown];

    public static Breakdown? Parse(string name) =>
        s_names.Where(p => p.Value == name).Select(p => (Breakdown?)p.Key).FirstOrDefault();

    public static bool IsGeographic(this Breakdown breakdown) => breakdown is Breakdown.Region or Breakdown.Department;

    public static bool IsTemporal(this Breakdown breakdown) => breakdown is Breakdown.Month or Breakdown.Quarter or Breakdown.Year;
}
