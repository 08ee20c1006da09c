namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>A filter in words, in French: what every caption, export footer and dossier says it shows.</summary>
public static class FilterDescription
{
    /// <summary>Where the figures are from: "France entière", "Région Auvergne-Rhône-Alpes", "Département 01 – Ain".</summary>
    public static string DescribeScope(this IndicatorFilter filter) =>
        filter.Geography.Department is { } d ? $"Département {d} – {ZoneNames.Of(filter with { By = Breakdown.None }, d)}"
        : filter.Geography.Region is { } r ? $"Région {ZoneNames.Of(filter with { By = Breakdown.None }, r)}"
        : "France entière";

    /// <summary>"Région Auvergne-Rhône-Alpes, période : 12 derniers mois complets, centres de santé, type de centre : Centre polyvalent".</summary>
    public static string Describe(this IndicatorFilter filter)
    {
        var parts = new List<string> { filter.DescribeScope() };
        if (filter.Period is { } relative)
        {
            parts.Add($"période : {relative.Label}");
        }
        else if (filter.From is not null || filter.To is not null)
        {
            parts.Add($"période {(filter.From is { } f ? FrenchFormat.Day(f) : "début")} – {(filter.To is { } t ? FrenchFormat.Day(t) : "fin des données")}");
        }

        if (filter.BeneficiaryType is { } b)
        {
            parts.Add(CodeLabels.Of(b).ToLowerInvariant());
        }

        if (filter.CentreType is { } c)
        {
            parts.Add($"type de centre : {CodeLabels.Of(c)}");
        }

        if (filter.Profession is { } p)
        {
            parts.Add($"profession : {CodeLabels.Of(p)}");
        }

        if (filter.Employer is { } e)
        {
            parts.Add($"employeur : {CodeLabels.Of(e)}");
        }

        return string.Join(", ", parts);
    }
}
