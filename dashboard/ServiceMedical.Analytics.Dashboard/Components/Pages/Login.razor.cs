using Microsoft.AspNetCore.Components;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The sign-in form; it posts to the sign-in endpoint, which checks and throttles.</summary>
public sealed partial class Login
{
    [SupplyParameterFromQuery(Name = "erreur")]
    private string? Erreur { get; set; }

    /// <summary>The name typed before a refusal, kept so that only the password is typed again.</summary>
    [SupplyParameterFromQuery(Name = "utilisateur")]
    private string? UserName { get; set; }

    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    private string? ReturnUrl { get; set; }
}
