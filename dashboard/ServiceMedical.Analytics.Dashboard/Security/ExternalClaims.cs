using System.Security.Claims;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Turns the identity provider's claims into the dashboard's own: name, display name, role, region.</summary>
public static class ExternalClaims
{
    /// <summary>The dashboard's user, or null (sign-in refused) when the role is unknown or a regional user has no valid region.</summary>
    public static ClaimsPrincipal? ToDashboardUser(ClaimsPrincipal external, OpenIdConnectSettings settings)
    {
        var name = external.FindFirst("preferred_username")?.Value ?? external.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? external.FindFirst("sub")?.Value;
        var role = external.FindFirst(settings.RoleClaim)?.Value;
        var region = external.FindFirst(settings.RegionClaim)?.Value;
        if (name is null || role is not ("national" or "regional" or "admin"))
        {
            return null;
        }

        if (role == "regional" && (region is null || CogReference.Regions.All(r => r.Code != region)))
        {
            return null;
        }

        return AccountStore.Principal(new Account
        {
            UserName = name,
            DisplayName = external.FindFirst("name")?.Value ?? name,
            Role = role,
            Region = role == "regional" ? region : null,
        }, OpenIdConnectSignIn.AuthenticationType);
    }
}
