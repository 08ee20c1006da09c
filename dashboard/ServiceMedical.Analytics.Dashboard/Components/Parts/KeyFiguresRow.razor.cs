using ServiceMedical.Analytics.Indicators.Secrecy;
using Microsoft.AspNetCore.Components;
using ServiceMedical.Analytics.Dashboard.Charts;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Components.Parts;

/// <summary>The row of key figures a page opens on: the period's figures against the previous period, with their trend.</summary>
public sealed partial class KeyFiguresRow
{
    /// <summary>Key figures are read once per scope, filter and data date, and shared by every session.</summary>
    [Inject] public required ChartRenderCache Cache { get; init; }

    /// <summary>The rule the exports apply: a card an export would mask is marked.</summary>
    [Inject] public required SmallCountRule Secrecy { get; init; }

    /// <summary>The page's « Voir les tableaux comme à l'export »: cards show what the dossiers write.</summary>
    [CascadingParameter(Name = PageFrame.AsExportedName)] public bool AsExported { get; set; }

    [Parameter, EditorRequired] public required DashboardPage Page { get; set; }

    [Parameter, EditorRequired] public required PageState State { get; set; }

    private ScreenKeyFigures? _figures;

    private (string Key, DataDates Dates)? _readFor;

    // The figures of the previous filter stay on screen, dimmed, until the new ones are ready: nothing jumps.
    private bool _busy;

    /// <summary>
    /// The figures the prerendered page read, carried into the interactive page: it opens on them, without reading
    /// them again nor showing nothing in between. Read off the request's thread: a blocked thread per visit starved
    /// the server under load.
    /// </summary>
    [PersistentState]
    public PrerenderedFigures? Prerendered { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var state = State;
        var key = $"{Page.Name}|{state.User.Region}|{state.Effective.ToQueryString()}";
        // The page renders again for other reasons (its circuit starting, a chart drawn): the same figures stay as they are.
        if (_figures is not null && (key, state.Dates) == _readFor)
        {
            return;
        }

        _readFor = (key, state.Dates);
        if (_figures is null && Prerendered is { } carried && carried.Key == key)
        {
            _figures = ScreenKeyFigures.Draw(carried.Periods, carried.Figures);
            return;
        }

        _busy = _figures is not null;
        try
        {
            _figures = await Cache.KeyFigures(Page, state.User, state.Effective, state.Dates);
            Prerendered = _figures is { } read ? new PrerenderedFigures(key, read.Periods, [.. read.Figures.Select(f => f.Figure)]) : null;
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Day(DateOnly day) => FrenchFormat.Day(day);

    /// <summary>« 12 derniers mois complets · comparés à la période précédente de même durée, du … au … ».</summary>
    private string ComparisonNote(KeyFigurePeriods periods)
    {
        var comparison = periods.PreviousTo is { } previousTo
            ? $"comparés à la période précédente de même durée, du {Day(periods.PreviousFrom!.Value)} au {Day(previousTo)}"
            : "sans période précédente à comparer";
        var note = State.PeriodChoice is { } choice ? $"{choice} · {comparison}" : comparison;
        return char.ToUpperInvariant(note[0]) + note[1..];
    }
}

/// <summary>Key figures as the prerendered page read them, for the page, filter and user they were read for.</summary>
/// <remarks>
/// The figures only, not their drawn trend lines: the browser sends this state back when the circuit starts, and
/// a message over the circuit's size limit closed the circuit (a page that never became interactive).
/// </remarks>
public sealed record PrerenderedFigures(string Key, KeyFigurePeriods Periods, List<KeyFigure> Figures);
