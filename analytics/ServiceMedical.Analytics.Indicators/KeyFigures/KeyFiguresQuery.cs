using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Integration;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.RecruitmentFlow;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Indicators.KeyFigures;

/// <summary>
/// A page's headline figures for a period against the previous period of the same length, each computed by the
/// indicator it summarises (so under the same scope checks), both measured up to the page's data horizon at the
/// latest, each with its trend step by step through the period where the indicator has steps (months, campaigns,
/// snapshots). Recruitment and integration figures are regional: below a region they are not shown. No data, or a
/// period after the data: no figures. The forecast page, not read over a period, has its own.
/// </summary>
public sealed class KeyFiguresQuery(IndicatorReader reader)
{
    /// <summary>The indicators the overview's figures summarise beyond its charts: their datasets bound its horizon.</summary>
    public static IReadOnlyList<Indicator> Summarised =>
    [
        ContractsOverTimeIndicator.Instance, UptakeIndicator.Instance, TrainingIndicator.Instance, RecruitmentFlowIndicator.Instance, IntegrationIndicator.Instance,
    ];

    /// <summary>Whether <paramref name="page"/> opens on key figures read here.</summary>
    public static bool Shows(DashboardPage page) => SectionsOf(page).Length > 0;

    private static readonly CultureInfo s_french = FrenchFormat.Culture;

    public (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures)? Run(DashboardPage page, IndicatorFilter filter)
    {
        reader.User.Authorize(filter);
        var period = page.PeriodOf(filter, reader.Horizon);
        if (period.IsEmpty || !Shows(page))
        {
            return null;
        }

        var periods = KeyFigurePeriods.For(period.From, period.To!.Value);
        var current = filter with { From = periods.From, To = periods.To, Period = null, By = Breakdown.None };
        // Before the first data there is nothing to compare with: an empty period (after the end) gives no rows.
        var previous = periods.PreviousTo is { } previousTo
            ? filter with { From = periods.PreviousFrom, To = previousTo, Period = null, By = Breakdown.None }
            : null;
        var read = new Periods(current, previous, periods.To);
        var figures = new List<KeyFigure>();
        foreach (var section in SectionsOf(page))
        {
            if (section is Section.Recruitment or Section.FillRate or Section.Integration or Section.TutorShare && filter.Geography.Department is not null)
            {
                continue;
            }

            figures.AddRange(section switch
            {
                Section.Contracts => Contracts(read),
                Section.Uptake => [Uptake(read)],
                Section.Training => [Training(read)],
                Section.Recruitment => Recruitment(read),
                Section.FillRate => Recruitment(read).Where(f => f.Label == FillRateLabel),
                Section.Integration => Integration(read),
                Section.TutorShare => Integration(read).Where(f => f.Label == TutorLabel),
                _ => throw new InvalidOperationException($"No key figures for {section}."),
            });
        }

        return (periods, figures);
    }

    // The overview shows these two of the recruitment's and the integration's figures.
    private const string FillRateLabel = "Taux de pourvoi des postes";

    private const string TutorLabel = "Tuteur désigné dans le trimestre";

    private enum Section
    {
        Contracts,
        Uptake,
        Training,
        Recruitment,
        FillRate,
        Integration,
        TutorShare,
    }

    private static Section[] SectionsOf(DashboardPage page) =>
        page == DashboardPages.Overview ? [Section.Contracts, Section.Uptake, Section.Training, Section.FillRate, Section.TutorShare]
        : page == DashboardPages.Assistants ? [Section.Contracts, Section.Uptake, Section.Training]
        : page == DashboardPages.Recruitment ? [Section.Recruitment]
        : page == DashboardPages.Integration ? [Section.Integration]
        : [];

    /// <summary>The filters of the period and of the one before (null before the first data), and the period's last day.</summary>
    private sealed record Periods(IndicatorFilter Current, IndicatorFilter? Previous, DateOnly To)
    {
        public IReadOnlyList<T> Before<T>(Func<IndicatorFilter, IReadOnlyList<T>> run) => Previous is null ? [] : run(Previous);

        public double? Compared(long before) => Previous is null ? null : before;
    }

    private List<KeyFigure> Contracts(Periods read)
    {
        var contracts = ContractsOverTimeIndicator.Instance;
        var months = reader.Rows(contracts, read.Current with { By = Breakdown.Month });
        var before = read.Before(p => reader.Rows(contracts, p with { By = Breakdown.Year }));
        IReadOnlyList<TrendPoint> Monthly(Func<ContractsOverTimeRow, long> value) => [.. months.Select(r => new TrendPoint(FrenchFormat.Month(r.Period), value(r)))];
        // The contracts' export by month up to each period's end, for the masks of the cells these figures are or come from.
        var history = new ContractsHistory(reader, read.Current);
        var previousHistory = read.Previous is { } previous ? new ContractsHistory(reader, previous) : null;
        return
        [
            new KeyFigure("Contrats signés", KeyFigureKind.Count, months.Sum(r => r.Signed), read.Compared(before.Sum(r => r.Signed)), true,
                "dans la période, renouvellements compris") { Trend = Monthly(r => r.Signed), TrendSteps = "par mois" }.Counting() with
            {
                Masked = history.AddedMasked(ContractsChart.SignedToDate),
                PreviousMasked = previousHistory?.AddedMasked(ContractsChart.SignedToDate) ?? false,
            },
            new KeyFigure("Nouveaux signataires", KeyFigureKind.Count, months.Sum(r => r.NewSigners), read.Compared(before.Sum(r => r.NewSigners)), true,
                "centres et médecins signant leur premier contrat") { Trend = Monthly(r => r.NewSigners), TrendSteps = "par mois" }.Counting() with
            {
                Masked = history.AddedMasked(ContractsChart.SignersToDate),
                PreviousMasked = previousHistory?.AddedMasked(ContractsChart.SignersToDate) ?? false,
            },
            new KeyFigure("Contrats en vigueur", KeyFigureKind.Count, Last(months)?.InForce ?? 0, read.Previous is null ? null : Last(before)?.InForce ?? 0, true,
                $"au {Day(read.To)}") { Trend = Monthly(r => r.InForce), TrendSteps = "en fin de mois" }.Counting() with
            {
                // The last month's cell of the contracts' table: masked as its export masks it.
                Masked = history.LastMasked(ContractsChart.InForce),
                PreviousMasked = previousHistory?.LastMasked(ContractsChart.InForce) ?? false,
            },
        ];
    }

    private KeyFigure Uptake(Periods read)
    {
        var uptake = UptakeIndicator.Instance;
        var snapshots = reader.Rows(uptake, read.Current with { From = null });
        var snapshot = Last(snapshots);
        var snapshotBefore = Last(read.Before(p => reader.Rows(uptake, p with { From = null })));
        return new("Taux d'adhésion", KeyFigureKind.Share, snapshot?.Rate, snapshotBefore?.Rate, true,
            snapshot is null ? "aucun instantané d'éligibilité"
            // The snapshot's date is in the trend's words and the uptake chart: the card stays short.
            : $"{N(snapshot.Contracted)} sous contrat sur {N(snapshot.Eligible)} éligibles au {Day(snapshot.MeasuredOn)}")
        {
            Trend = [.. snapshots.Where(r => r.Rate is not null).Select(r => new TrendPoint($"instantané du {Day(r.Snapshot)}", r.Rate!.Value))],
            TrendSteps = "par instantané d'éligibilité",
            Counts = snapshot is null ? [] : [snapshot.Contracted, snapshot.Eligible],
            PreviousCounts = snapshotBefore is null ? [] : [snapshotBefore.Contracted, snapshotBefore.Eligible],
            // The last snapshot's row of the uptake table: masked as its export masks it (a region as a row of France by region).
            Masked = LastCellMasked(uptake, read.Current with { From = null }, snapshots.Count, UptakeEligible, UptakeContracted),
            PreviousMasked = read.Previous is { } p && LastCellMasked(uptake, p with { From = null }, reader.Rows(uptake, p with { From = null }).Count, UptakeEligible, UptakeContracted),
        };
    }

    private const string UptakeEligible = "Éligibles", UptakeContracted = "Sous contrat";

    /// <summary>Whether the export of <paramref name="indicator"/>'s table for <paramref name="filter"/> masks one of <paramref name="headers"/> in its last row (of <paramref name="rows"/>).</summary>
    private bool LastCellMasked(Indicator indicator, IndicatorFilter filter, int rows, params string[] headers)
    {
        if (rows == 0)
        {
            return false;
        }

        var exported = reader.ExportTable(indicator, filter);
        return headers.Any(h => exported.IsHidden(rows - 1, exported.Table.ColumnOf(h)));
    }

    private KeyFigure Training(Periods read)
    {
        var training = TrainingIndicator.Instance;
        return new KeyFigure("Assistants certifiés CQP", KeyFigureKind.Count, reader.Rows(training, read.Current).Sum(r => r.Certified),
            read.Compared(read.Before(p => reader.Rows(training, p)).Sum(r => r.Certified)), true, "dans la période").Counting();
    }

    /// <summary>Posts opened, applications, fill rate and take-up, with their trend by campaign.</summary>
    private List<KeyFigure> Recruitment(Periods read)
    {
        var flow = RecruitmentFlowIndicator.Instance;
        var posts = reader.Rows(flow, read.Current);
        var before = read.Before(p => reader.Rows(flow, p));
        var campaigns = posts.GroupBy(r => r.Campaign).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        IReadOnlyList<TrendPoint> ByCampaign(Func<IEnumerable<RecruitmentFlowRow>, double?> value) =>
            [.. campaigns.Select(c => (c.Key, Value: value(c))).Where(c => c.Value is not null).Select(c => new TrendPoint(RecruitmentFlowCharts.CampaignName(c.Key), c.Value!.Value))];
        // Over closed campaigns only: one under way would read as posts left empty.
        static double? FillRate(IEnumerable<RecruitmentFlowRow> rows) => rows.Where(r => !r.CampaignUnderWay).ToList() is { Count: > 0 } done
            ? Share(done.Sum(r => r.Filled), done.Sum(r => r.Posts)) : null;
        var closed = posts.Where(r => !r.CampaignUnderWay).ToList();
        var underWay = campaigns.Where(c => c.Any(r => r.CampaignUnderWay)).Select(c => RecruitmentFlowCharts.CampaignName(c.Key)).ToList();
        var fillRateDetail = string.Join(" ; ", new[]
        {
            closed.Count == 0 ? null : $"{N(closed.Sum(r => r.Filled))} pourvus sur {N(closed.Sum(r => r.Posts))} postes des campagnes closes",
            underWay.Count == 0 ? null : $"campagne en cours : {string.Join(", ", underWay)}",
        }.OfType<string>());
        static double? TakeUp(IEnumerable<RecruitmentFlowRow> rows) => Share(rows.Sum(r => r.Started), rows.Sum(r => r.Started + r.Declined));
        return
        [
            new("Postes ouverts", KeyFigureKind.Count, posts.Sum(r => r.Posts), read.Compared(before.Sum(r => r.Posts)), true,
                "aux campagnes de la période") { Trend = ByCampaign(c => c.Sum(r => r.Posts)), TrendSteps = "par campagne" },
            new("Candidatures", KeyFigureKind.Count, posts.Sum(r => r.Applications), read.Compared(before.Sum(r => r.Applications)), true,
                $"{N(posts.Sum(r => r.Admissible))} recevables")
            {
                Trend = ByCampaign(c => c.Sum(r => r.Applications)), TrendSteps = "par campagne",
                Counts = [posts.Sum(r => r.Applications)], PreviousCounts = [before.Sum(r => r.Applications)], DetailCounts = [posts.Sum(r => r.Admissible)],
            },
            new(FillRateLabel, KeyFigureKind.Share, FillRate(posts), FillRate(before), true,
                fillRateDetail)
            {
                Trend = ByCampaign(FillRate), TrendSteps = "par campagne close",
                Counts = [closed.Sum(r => r.Filled)], PreviousCounts = [before.Where(r => !r.CampaignUnderWay).Sum(r => r.Filled)],
            },
            new("Taux de prise de poste", KeyFigureKind.Share, TakeUp(posts), TakeUp(before), true,
                $"{N(posts.Sum(r => r.Started))} lauréats en poste sur {N(posts.Sum(r => r.Started + r.Declined))} dont la date est venue")
            {
                Trend = ByCampaign(TakeUp), TrendSteps = "par campagne",
                Counts = [posts.Sum(r => r.Started), posts.Sum(r => r.Started + r.Declined)], PreviousCounts = [before.Sum(r => r.Started), before.Sum(r => r.Started + r.Declined)],
                DetailCounts = [posts.Sum(r => r.Declined)],
            },
        ];
    }

    /// <summary>Recruits, tutor within the quarter and path within twelve months (integration has no time steps).</summary>
    private List<KeyFigure> Integration(Periods read)
    {
        var integration = IntegrationIndicator.Instance;
        var recruits = reader.Rows(integration, read.Current);
        var before = read.Before(p => reader.Rows(integration, p));
        static long TutorDue(IEnumerable<IntegrationRow> rows) => rows.Sum(r => r.Recruits - r.TutorPending);
        static long PathDue(IEnumerable<IntegrationRow> rows) => rows.Sum(r => r.Recruits - r.PathPending);
        static double? TutorShare(IReadOnlyList<IntegrationRow> rows) => Share(rows.Sum(r => r.TutorInQuarter), TutorDue(rows));
        static double? PathShare(IReadOnlyList<IntegrationRow> rows) => Share(rows.Sum(r => r.PathIn12Months), PathDue(rows));
        return
        [
            new KeyFigure("Praticiens-conseils recrutés", KeyFigureKind.Count, recruits.Sum(r => r.Recruits), read.Compared(before.Sum(r => r.Recruits)), true,
                "embauchés dans la période").Counting(),
            new(TutorLabel, KeyFigureKind.Share, TutorShare(recruits), TutorShare(before), true,
                $"recrutés dans la période dont le trimestre est échu ({N(TutorDue(recruits))})")
            {
                Counts = [recruits.Sum(r => r.TutorInQuarter), TutorDue(recruits)], PreviousCounts = [before.Sum(r => r.TutorInQuarter), TutorDue(before)],
                DetailCounts = [recruits.Sum(r => r.TutorPending)],
            },
            new("Parcours achevé en 12 mois", KeyFigureKind.Share, PathShare(recruits), PathShare(before), true,
                $"recrutés dans la période dont les 12 mois sont échus ({N(PathDue(recruits))})")
            {
                Counts = [recruits.Sum(r => r.PathIn12Months), PathDue(recruits)], PreviousCounts = [before.Sum(r => r.PathIn12Months), PathDue(before)],
                DetailCounts = [recruits.Sum(r => r.PathPending)],
            },
        ];
    }

    private static T? Last<T>(IReadOnlyList<T> rows) where T : class => rows.Count == 0 ? null : rows[^1];

    private static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    private static string N(long count) => count.ToString("N0", s_french);

    private static string Day(DateOnly day) => FrenchFormat.Day(day);
}
