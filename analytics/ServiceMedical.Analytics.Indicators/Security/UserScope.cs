using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Security;

/// <summary>
/// What a user may see: the whole country (CNAM planners) or one region (a regional director).
/// Every indicator query checks its filter against it before touching the database.
/// </summary>
public sealed record UserScope
{
    private UserScope(string? region) => Region = region;

    public static UserScope National { get; } = new((string?)null);

    /// <summary>The only region this user may see; null for a national user.</summary>
    public string? Region { get; }

    public static UserScope ForRegion(string code) =>
        CogReference.Regions.Any(r => r.Code == code) ? new(code) : throw new ArgumentException($"Unknown region '{code}'.", nameof(code));

    /// <summary>The filter, if this user may see what it asks for; otherwise a <see cref="ScopeAuthorizationException"/>.</summary>
    public IndicatorFilter Authorize(IndicatorFilter filter)
    {
        if (Region is null || filter.Geography.Region == Region)
        {
            return filter;
        }

        var asked = filter.Geography.Department is { } d ? $"le département {d}"
            : filter.Geography.Region is { } r ? $"la région {r}"
            : "la France entière";
        throw new ScopeAuthorizationException($"accès refusé : votre périmètre est la région {Region}, la demande porte sur {asked}");
    }
}

/// <summary>A user asked for data outside their scope: no data is returned.</summary>
public sealed class ScopeAuthorizationException(string message) : UnauthorizedAccessException(message);
