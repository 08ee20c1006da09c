using System.Globalization;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Charts;

/// <summary>What a chart says about itself, on screen and in its exports: title, filters, source and data date.</summary>
public sealed record ChartCaption(string Title, string Filters, DateTime? Refreshed)
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Footer =>
        $"{Filters} — Source : ServiceMedical.Analytics (Assurance Maladie, service médical)" +
        (Refreshed is { } r ? $" — données au {r.ToString("dd/MM/yyyy HH:mm", French)}" : "");

    /// <summary>The filter in words, in French.</summary>
    public static string Describe(IndicatorFilter filter)
    {
        var parts = new List<string>
        {
            filter.Geography.Department is { } d ? $"Département {d} – {Indicators.ZoneNames.Of(filter with { By = Breakdown.None }, d)}"
            : filter.Geography.Region is { } r ? $"Région {Indicators.ZoneNames.Of(filter with { By = Breakdown.None }, r)}"
            : "France entière",
        };
        if (filter.From is not null || filter.To is not null)
        {
            parts.Add($"période {(filter.From?.ToString("dd/MM/yyyy", French) ?? "début")} – {(filter.To?.ToString("dd/MM/yyyy", French) ?? "aujourd'hui")}");
        }

        if (filter.BeneficiaryType is { } b)
        {
            parts.Add(b == "centre_sante" ? "centres de santé" : "médecins libéraux");
        }

        return string.Join(", ", parts);
    }
}
