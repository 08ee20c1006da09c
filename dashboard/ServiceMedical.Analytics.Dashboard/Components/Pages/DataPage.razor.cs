using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Dashboard.Components.Pages;

/// <summary>
/// The Données page: jobs, freshness of each dataset, last loads and rejected rows, from one report read for the user
/// (a regional user sees their region's row counts, and neither the loads nor the rejects of national extracts).
/// </summary>
public sealed partial class DataPage
{
    private const int DeliveriesShown = 50;

    private DataStatusReport? _report;
    private UserScope _user = UserScope.National;
    private bool _administrator;
    private IReadOnlyList<Scheduling.Subscriptions.SubscriptionDelivery> _deliveries = [];

    [Inject] public required DashboardDatabase Database { get; init; }

    [Inject] public required Subscriptions.UserSubscriptions Subscriptions { get; init; }

    [CascadingParameter] public required Task<AuthenticationState> Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var principal = (await Authentication).User;
        _user = principal.Scope();
        _administrator = principal.IsInRole(DashboardClaims.AdministratorRole);
        // Every user's deliveries, for administrators only (the service checks the role again).
        _deliveries = Subscriptions.AllDeliveries(principal, DeliveriesShown);
        Read();
    }

    /// <summary>Reads the report again (after a job started from the page has ended).</summary>
    private void Read() => _report = Database.DataStatus(_user);
}
