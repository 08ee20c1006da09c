using Microsoft.AspNetCore.Components;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>The sign-in form; it posts to the sign-in endpoint, which checks and throttles.</summary>
public sealed partial class Login
{
    [SupplyParameterFromQuery(Name = "erreur")]
    private string? Erreur { get; set; }

    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    private string? ReturnUrl { get; set; }
}
