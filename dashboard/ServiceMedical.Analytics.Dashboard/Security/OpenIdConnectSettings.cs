namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Sign-in through the organisation's identity provider (section <c>Authentication:OpenIdConnect</c>); off
/// unless <see cref="Authority"/> is set. The provider says who the user is and, in two claims, their role
/// and region: the dashboard maps them to its own roles and refuses anyone without a known role.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string SectionName = "Authentication:OpenIdConnect";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }

    /// <summary>The provider's claim carrying the role: <c>national</c>, <c>regional</c> or <c>admin</c>.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The provider's claim carrying a regional user's INSEE region code.</summary>
    public string RegionClaim { get; set; } = "region";

    /// <summary>Set only where the provider publishes no discovery document (otherwise read from <c>/.well-known/openid-configuration</c>).</summary>
    public string? AuthorizationEndpoint { get; set; }
    public string? TokenEndpoint { get; set; }

    /// <summary>The provider's metadata must come over HTTPS (always in production; a test provider on loopback may be HTTP).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The label of the sign-in button.</summary>
    public string DisplayName { get; set; } = "Se connecter avec l'annuaire de l'organisme";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>What is wrong with these settings when single sign-on is on, each named by its key.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var (key, value) in new[] { ("Authority", Authority), ("AuthorizationEndpoint", AuthorizationEndpoint), ("TokenEndpoint", TokenEndpoint) })
        {
            if (value is null)
            {
                continue;
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                yield return $"{SectionName}:{key} : « {value} » n'est pas une adresse http(s) complète";
            }
            else if (uri.Scheme == "http" && RequireHttpsMetadata)
            {
                yield return $"{SectionName}:{key} : « {value} » doit être en https (ou RequireHttpsMetadata à false, pour un fournisseur de test local)";
            }
        }

        foreach (var (key, value) in new[] { ("ClientId", ClientId), ("RoleClaim", RoleClaim), ("RegionClaim", RegionClaim) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"{SectionName}:{key} : obligatoire avec Authority";
            }
        }
    }
}
