using ServiceMedical.Analytics.Charts;
using System.Globalization;
using ServiceMedical.Analytics.Indicators.Filters;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// What a chart says about itself, on screen and in its exports: title, filters, source, the data horizon its figures
/// are true at and when its data were loaded (UTC, shown in Paris time).
/// </summary>
public sealed record ChartCaption(string Title, string Filters, DateOnly? Horizon, DateTime? LoadedAt)
{
    public static readonly CultureInfo French = FrenchFormat.Culture;

    /// <summary>Three short lines — what is shown, where it comes from, how recent it is — that fit a narrow chart.</summary>
    public string Footer
    {
        get
        {
            var stamp = FrenchFormat.DataStamp(Horizon, LoadedAt);
            return $"{Filters}\nSource : ServiceMedical.Analytics (Assurance Maladie, service médical)\n{char.ToUpperInvariant(stamp[0])}{stamp[1..]}";
        }
    }

    /// <summary>Where the figures are from, e.g. « Région Auvergne-Rhône-Alpes »: an image pasted in a note says it in its title.</summary>
    public string? Scope { get; init; }

    /// <summary>What the plot writes above and under its data.</summary>
    public PlotText Text => new(Scope is null ? Title : $"{Title} — {Scope}", Footer);

    /// <summary>What an exported table says about itself (its « À propos » sheet): title, filters, source and data date.</summary>
    public IReadOnlyList<string> About => [Title, .. Footer.Split('\n')];

    /// <summary>
    /// The name of an export: what it is, the scope and the day its data run to (<c>adhesion_84_2026-11-30.png</c>), so that
    /// files of different regions or months never overwrite each other.
    /// </summary>
    public string FileName(string name, IndicatorFilter filter, string extension) =>
        $"{name}_{filter.Geography.Department ?? filter.Geography.Region ?? "FR"}" +
        $"{(Horizon is { } h ? "_" + h.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}.{extension}";
}
