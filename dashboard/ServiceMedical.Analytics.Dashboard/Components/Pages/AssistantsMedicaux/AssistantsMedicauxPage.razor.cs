using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ServiceMedical.Analytics.Dashboard.Charts;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages.AssistantsMedicaux;

/// <summary>Uptake of the scheme, the filters in the URL (a copied link opens the same view), drill-down to the next level.</summary>
public sealed partial class AssistantsMedicauxPage
{
    [Inject] public required DashboardDatabase Database { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required TimeProvider Time { get; init; }

    [CascadingParameter] public required Task<AuthenticationState> Authentication { get; set; }

    [SupplyParameterFromQuery(Name = "region")] public string? Region { get; set; }
    [SupplyParameterFromQuery(Name = "department")] public string? Department { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "beneficiary")] public string? Beneficiary { get; set; }

    private IndicatorFilter Filter { get; set; } = IndicatorFilter.National;
    private UserScope User { get; set; } = UserScope.National;
    private IReadOnlyList<UptakeRow> Series { get; set; } = [];
    private IReadOnlyList<UptakeRow> Breakdown { get; set; } = [];
    private string Svg { get; set; } = "";
    private string? Problem { get; set; }
    private DateTime? Refreshed { get; set; }

    private bool CanChooseRegion => User.Region is null;

    private static IEnumerable<CogRegion> Regions => CogReference.Regions.OrderBy(r => r.Name, StringComparer.Create(ChartCaption.French, false));

    protected override async Task OnParametersSetAsync()
    {
        User = (await Authentication).User.Scope();
        Problem = null;
        try
        {
            Filter = IndicatorFilter.Create(Region, Department, From, To, null, Beneficiary);
            using var connection = Database.Connect();
            var query = new UptakeQuery(connection, Time);
            Series = query.Run(User, Filter);
            DateOnly? latest = Series.Count == 0 ? null : Series.Max(r => r.Snapshot);
            Breakdown = Filter.Geography.Department is not null || latest is null
                ? []
                : query.Run(User, Filter with { By = Filter.Geography.IsNational ? Indicators.Filters.Breakdown.Region : Indicators.Filters.Breakdown.Department })
                    .Where(r => r.Snapshot == latest).OrderByDescending(r => r.Rate).ToList();
            Refreshed = Database.LastRefresh();
            Svg = UptakeCharts.OverSnapshots(Series, new ChartCaption("Taux d'adhésion par instantané d'éligibilité", ChartCaption.Describe(Filter), Refreshed))
                .GetSvgXml(960, 420);
        }
        catch (FilterException e)
        {
            Problem = "Filtre non valide : " + e.Message;
        }
        catch (ScopeAuthorizationException e)
        {
            // No data at all: the analytics layer refused before any query ran.
            Problem = char.ToUpper(e.Message[0], CultureInfo.CurrentCulture) + e.Message[1..];
            Series = Breakdown = [];
        }
    }

    private IEnumerable<(string Label, string Href)> Breadcrumb
    {
        get
        {
            if (User.Region is null)
            {
                yield return ("France", Href(Filter with { Geography = GeoScope.National }));
            }

            if (Filter.Geography.Region is { } region)
            {
                yield return (Indicators.ZoneNames.Of(new IndicatorFilter { Geography = GeoScope.ForRegion(region) }, region), Href(Filter with { Geography = GeoScope.ForRegion(region) }));
            }

            if (Filter.Geography.Department is { } department)
            {
                yield return (Indicators.ZoneNames.Of(new IndicatorFilter { By = Indicators.Filters.Breakdown.Department }, department), Href(Filter));
            }
        }
    }

    private string DrillDown(string zone) =>
        Href(Filter with { Geography = Filter.Geography.IsNational ? GeoScope.ForRegion(zone) : GeoScope.ForDepartment(zone) });

    private string ExportLink(string path) => $"export/{path}?{Filter.ToQueryString()}";

    private void Navigate(IndicatorFilter filter) => Navigation.NavigateTo(Href(filter));

    private static string Href(IndicatorFilter filter) => filter.ToQueryString() is { Length: > 0 } query ? "?" + query : "./";

    private static GeoScope ScopeFor(string? region) => string.IsNullOrEmpty(region) ? GeoScope.National : GeoScope.ForRegion(region);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Fr(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Fr(long value) => value.ToString("N0", ChartCaption.French);

    private static string Percent(double? rate) => rate is { } r ? (100 * r).ToString("0.0", ChartCaption.French) + " %" : "—";
}
