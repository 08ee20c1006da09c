using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Dashboard.Components.Parts;

/// <summary>
/// A page whose filter lives in its URL (every key of <see cref="IndicatorFilter"/>), so that a copied link
/// opens the same view and back/forward work. A regional director with no region in the URL sees their region.
/// </summary>
public abstract class FilteredPage : ComponentBase
{
    [Inject] public required DashboardDatabase Database { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    /// <summary>How the page reads its indicators, as exports and dossiers do.</summary>
    [Inject] public required IIndicatorReaders Readers { get; init; }

    [CascadingParameter] public required Task<AuthenticationState> Authentication { get; set; }

    [SupplyParameterFromQuery(Name = "region")] public string? Region { get; set; }
    [SupplyParameterFromQuery(Name = "department")] public string? Department { get; set; }
    [SupplyParameterFromQuery(Name = "periode")] public string? Period { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "by")] public string? By { get; set; }
    [SupplyParameterFromQuery(Name = "beneficiary")] public string? Beneficiary { get; set; }
    [SupplyParameterFromQuery(Name = "centreType")] public string? CentreType { get; set; }
    [SupplyParameterFromQuery(Name = "profession")] public string? Profession { get; set; }
    [SupplyParameterFromQuery(Name = "employer")] public string? Employer { get; set; }

    protected PageState? State { get; private set; }

    /// <summary>The page: its indicators' datasets give its data horizon.</summary>
    protected abstract DashboardPage Page { get; }

    /// <summary>False where the page's subject is regional (recruitment): a department in the URL gets one clear message.</summary>
    protected virtual bool AllowsDepartments => true;

    /// <summary>Why a page without departments refuses one, in the page's own terms.</summary>
    protected virtual string DepartmentRefusal => "les praticiens-conseils sont recrutés par région : choisissez une région, pas un département";

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication).User.Scope();
        var path = "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
        var filter = IndicatorFilter.National;
        string? problem = null;
        try
        {
            filter = IndicatorFilter.Create(Region, Department, From, To, By, Beneficiary, CentreType, Profession, Employer, Period);
            if (!AllowsDepartments && filter.Geography.Department is not null)
            {
                throw new FilterException(DepartmentRefusal);
            }

            if (user.Region is { } own && filter.Geography.IsNational)
            {
                filter = filter with { Geography = GeoScope.ForRegion(own) };
            }

            // The analytics layer enforces the scope on every query; checking here too gives one clear message instead of one per chart.
            user.Authorize(filter);
        }
        catch (FilterException e)
        {
            problem = "Filtre non valide : " + e.Message;
        }
        catch (ScopeAuthorizationException e)
        {
            problem = char.ToUpper(e.Message[0], CultureInfo.CurrentCulture) + e.Message[1..];
        }

        State = PageState.For(Page, path, filter, user, Database.Dates(), Database.Horizon(), problem);
    }
}
