using System.Text.Json;
using ScottPlot;

namespace ServiceMedical.Analytics.Charts.Maps;

/// <summary>
/// The contours of France's regions and departments (Maps/SOURCES.md), projected for drawing: metropolitan France
/// in an equirectangular projection true at 46.5° N, the five overseas departments and regions each scaled into an
/// inset box stacked in a column west of it, as INSEE's and the CNAM's maps place them.
/// </summary>
public static class FranceContours
{
    /// <summary>East–west degrees shrink with the latitude: true scale at the middle of metropolitan France.</summary>
    private static readonly double s_metropolitanScale = Math.Cos(46.5 * Math.PI / 180);

    /// <summary>The overseas departments in COG order, with their region.</summary>
    private static readonly (string Department, string Region)[] s_overseas = [("971", "01"), ("972", "02"), ("973", "03"), ("974", "04"), ("976", "06")];

    private const double InsetLeft = -7.4;
    private const double InsetWidth = 2.6;
    private const double InsetHeight = 1.82;
    private const double InsetGap = 0.16;
    private const double InsetTop = 51.1;

    private static readonly Lazy<IReadOnlyList<MapArea>> s_overseasAreas = new(() => [.. Read("outre-mer.geojson").Select(Inset)]);

    private static readonly Lazy<IReadOnlyDictionary<string, MapArea>> s_regions = new(() =>
        Read("regions.geojson").Select(Metropolitan)
            .Concat(s_overseasAreas.Value.Select(a => a with { Code = s_overseas.Single(o => o.Department == a.Code).Region }))
            .ToDictionary(a => a.Code, StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<string, MapArea>> s_departments = new(() =>
        Read("departements.geojson").Select(Metropolitan).Concat(s_overseasAreas.Value).ToDictionary(a => a.Code, StringComparer.Ordinal));

    /// <summary>The 18 regions by code.</summary>
    public static IReadOnlyDictionary<string, MapArea> Regions => s_regions.Value;

    /// <summary>The 101 departments by code.</summary>
    public static IReadOnlyDictionary<string, MapArea> Departments => s_departments.Value;

    private static MapArea Metropolitan(Feature feature) =>
        new(feature.Code, feature.Name, [.. feature.Rings.Select(ring => ring.Select(p => new Coordinates(p.Lon * s_metropolitanScale, p.Lat)).ToArray())]);

    /// <summary>An overseas department scaled to fill its box in the column west of metropolitan France.</summary>
    private static MapArea Inset(Feature feature)
    {
        var index = Array.FindIndex(s_overseas, o => o.Department == feature.Code);
        var points = feature.Rings.SelectMany(r => r).ToList();
        var (west, east, south, north) = (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lat));
        var xScale = Math.Cos((south + north) / 2 * Math.PI / 180);
        var box = new CoordinateRect(InsetLeft, InsetLeft + InsetWidth, InsetTop - (index + 1) * InsetHeight - index * InsetGap, InsetTop - index * (InsetHeight + InsetGap));
        // 85 % of the box, centred: each territory at its own scale (Guyane is 8 times Guadeloupe's width).
        var scale = 0.85 * Math.Min(box.Width / ((east - west) * xScale), box.Height / (north - south));
        var (centreLon, centreLat) = ((west + east) / 2, (south + north) / 2);
        Coordinates Place((double Lon, double Lat) p) =>
            new(box.HorizontalCenter + (p.Lon - centreLon) * xScale * scale, box.VerticalCenter + (p.Lat - centreLat) * scale);
        return new MapArea(feature.Code, feature.Name, [.. feature.Rings.Select(ring => ring.Select(Place).ToArray())]) { Inset = box };
    }

    private sealed record Feature(string Code, string Name, IReadOnlyList<(double Lon, double Lat)[]> Rings);

    private static List<Feature> Read(string file)
    {
        using var stream = typeof(FranceContours).Assembly.GetManifestResourceStream($"ServiceMedical.Analytics.Charts.Maps.{file}")
            ?? throw new InvalidOperationException($"Maps/{file} is missing from the assembly's resources.");
        using var document = JsonDocument.Parse(stream);
        var features = new List<Feature>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var rings = new List<(double, double)[]>();
            // MultiPolygon: the outer ring of each polygon. A hole is another area (an enclave), drawn as itself.
            foreach (var polygon in feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
            {
                rings.Add([.. polygon[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))]);
            }

            features.Add(new Feature(properties.GetProperty("code").GetString()!, properties.GetProperty("nom").GetString()!, rings));
        }

        return features;
    }
}
