using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Integration;
using ServiceMedical.Analytics.Indicators.RecruitmentFlow;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Indicators.Overview;

/// <summary>
/// The overview's headline figures for a period against the previous period of the same length, each
/// computed by the indicator it summarises (so under the same scope checks), both measured up to the data
/// horizon of the overview's datasets at the latest. Recruitment figures are regional: below a region they are
/// not shown. No data, or a period after the data: no figures.
/// </summary>
public sealed class KeyFiguresQuery(IndicatorReader reader)
{
    /// <summary>The indicators the figures summarise: their datasets give the overview its data horizon.</summary>
    public static IReadOnlyList<Indicator> Summarised =>
    [
        ContractsOverTimeIndicator.Instance, UptakeIndicator.Instance, TrainingIndicator.Instance, RecruitmentFlowIndicator.Instance, IntegrationIndicator.Instance,
    ];

    private static readonly CultureInfo s_french = FrenchFormat.Culture;

    public (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures)? Run(IndicatorFilter filter)
    {
        reader.User.Authorize(filter);
        var period = ReportingPeriod.Of(filter, reader.Horizon.Of(DashboardPages.Overview.Datasets));
        if (period.IsEmpty)
        {
            return null;
        }

        var periods = KeyFigurePeriods.For(period.From, period.To!.Value);
        var current = filter with { From = periods.From, To = periods.To, Period = null, By = Breakdown.None };
        // Before the first data there is nothing to compare with: an empty period (after the end) gives no rows.
        var previous = periods.PreviousTo is { } previousTo
            ? filter with { From = periods.PreviousFrom, To = previousTo, Period = null, By = Breakdown.None }
            : null;
        IReadOnlyList<T> Before<T>(Func<IndicatorFilter, IReadOnlyList<T>> run) => previous is null ? [] : run(previous);
        var figures = new List<KeyFigure>();

        var contracts = ContractsOverTimeIndicator.Instance;
        var signed = reader.Rows(contracts, current with { By = Breakdown.Year });
        var signedBefore = Before(p => reader.Rows(contracts, p with { By = Breakdown.Year }));
        figures.Add(new("Contrats signés", KeyFigureKind.Count, signed.Sum(r => r.Signed), Compared(signedBefore.Sum(r => r.Signed)), true,
            "dans la période, renouvellements compris"));
        figures.Add(new("Nouveaux signataires", KeyFigureKind.Count, signed.Sum(r => r.NewSigners), Compared(signedBefore.Sum(r => r.NewSigners)), true,
            "centres et médecins signant leur premier contrat"));
        figures.Add(new("Contrats en vigueur", KeyFigureKind.Count, Last(signed)?.InForce ?? 0, previous is null ? null : Last(signedBefore)?.InForce ?? 0, true,
            $"au {Day(periods.To)}"));

        var uptake = UptakeIndicator.Instance;
        var snapshot = Last(reader.Rows(uptake, current with { From = null }));
        var snapshotBefore = Last(Before(p => reader.Rows(uptake, p with { From = null })));
        figures.Add(new("Taux d'adhésion", KeyFigureKind.Share, snapshot?.Rate, snapshotBefore?.Rate, true,
            snapshot is null ? "aucun instantané d'éligibilité"
            : $"{N(snapshot.Contracted)} sous contrat sur {N(snapshot.Eligible)} éligibles au {Day(snapshot.MeasuredOn)} (instantané du {Day(snapshot.Snapshot)})"));

        var training = TrainingIndicator.Instance;
        figures.Add(new("Assistants certifiés CQP", KeyFigureKind.Count, reader.Rows(training, current).Sum(r => r.Certified),
            Compared(Before(p => reader.Rows(training, p)).Sum(r => r.Certified)), true, "dans la période"));

        if (filter.Geography.Department is null)
        {
            var flow = RecruitmentFlowIndicator.Instance;
            var posts = reader.Rows(flow, current);
            var postsBefore = Before(p => reader.Rows(flow, p));
            figures.Add(new("Taux de pourvoi des postes", KeyFigureKind.Share, Share(posts.Sum(r => r.Filled), posts.Sum(r => r.Posts)),
                Share(postsBefore.Sum(r => r.Filled), postsBefore.Sum(r => r.Posts)), true,
                $"{N(posts.Sum(r => r.Filled))} pourvus sur {N(posts.Sum(r => r.Posts))} postes publiés dans la période"));

            var integration = IntegrationIndicator.Instance;
            var recruits = reader.Rows(integration, current);
            var recruitsBefore = Before(p => reader.Rows(integration, p));
            figures.Add(new("Tuteur désigné dans le trimestre", KeyFigureKind.Share, TutorShare(recruits), TutorShare(recruitsBefore), true,
                $"recrutés dans la période dont le trimestre est échu ({N(recruits.Sum(r => r.Recruits - r.TutorPending))})"));
        }

        return (periods, figures);

        double? Compared(long before) => previous is null ? null : before;
    }

    private static double? TutorShare(IReadOnlyList<IntegrationRow> rows) => Share(rows.Sum(r => r.TutorInQuarter), rows.Sum(r => r.Recruits - r.TutorPending));

    private static T? Last<T>(IReadOnlyList<T> rows) where T : class => rows.Count == 0 ? null : rows[^1];

    private static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    private static string N(long count) => count.ToString("N0", s_french);

    private static string Day(DateOnly day) => FrenchFormat.Day(day);
}
