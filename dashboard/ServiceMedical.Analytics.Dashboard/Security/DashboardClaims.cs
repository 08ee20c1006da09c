using System.Security.Claims;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>What the sign-in cookie says about the user, and the analytics scope that follows.</summary>
public static class DashboardClaims
{
    public const string Region = "region";
    public const string AdministratorRole = "admin";
    public const string AdministratorPolicy = "administrateur";

    /// <summary>A regional director sees their region only; anyone else signed in sees France.</summary>
    public static UserScope Scope(this ClaimsPrincipal user) =>
        user.FindFirst(Region)?.Value is { } region ? UserScope.ForRegion(region) : UserScope.National;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.GivenName)?.Value ?? user.Identity?.Name ?? "";
}
