using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Recruitment;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Overview;

/// <summary>
/// The overview's headline figures for a period against the previous period of the same length, each
/// computed by the indicator it summarises (so under the same scope checks), both measured up to the data
/// horizon of the overview's datasets at the latest. Recruitment figures are regional: below a region they are
/// not shown. No data, or a period after the data: no figures.
/// </summary>
public sealed class KeyFiguresQuery(DuckDBConnection connection, DataHorizon horizon)
{
    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");

    public (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures)? Run(UserScope user, IndicatorFilter filter)
    {
        user.Authorize(filter);
        var period = ReportingPeriod.Of(filter, horizon.Of(DashboardPages.Get("vue-ensemble").Datasets));
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

        var contracts = new ContractsOverTimeQuery(connection, horizon);
        var signed = contracts.Run(user, current with { By = Breakdown.Year });
        var signedBefore = Before(p => contracts.Run(user, p with { By = Breakdown.Year }));
        figures.Add(new("Contrats signés", KeyFigureKind.Count, signed.Sum(r => r.Signed), Compared(signedBefore.Sum(r => r.Signed)), true,
            "dans la période, renouvellements compris"));
        figures.Add(new("Nouveaux signataires", KeyFigureKind.Count, signed.Sum(r => r.NewSigners), Compared(signedBefore.Sum(r => r.NewSigners)), true,
            "centres et médecins signant leur premier contrat"));
        figures.Add(new("Contrats en vigueur", KeyFigureKind.Count, Last(signed)?.InForce ?? 0, previous is null ? null : Last(signedBefore)?.InForce ?? 0, true,
            $"au {Day(periods.To)}"));

        var uptake = new UptakeQuery(connection, horizon);
        var snapshot = Last(uptake.Run(user, current with { From = null }));
        var snapshotBefore = Last(Before(p => uptake.Run(user, p with { From = null })));
        figures.Add(new("Taux d'adhésion", KeyFigureKind.Share, snapshot?.Rate, snapshotBefore?.Rate, true,
            snapshot is null ? "aucun instantané d'éligibilité"
            : $"{N(snapshot.Contracted)} sous contrat sur {N(snapshot.Eligible)} éligibles au {Day(snapshot.MeasuredOn)} (instantané du {Day(snapshot.Snapshot)})"));

        var training = new TrainingQuery(connection, horizon);
        figures.Add(new("Assistants certifiés CQP", KeyFigureKind.Count, training.Run(user, current).Sum(r => r.Certified),
            Compared(Before(p => training.Run(user, p)).Sum(r => r.Certified)), true, "dans la période"));

        if (filter.Geography.Department is null)
        {
            var flow = new RecruitmentFlowQuery(connection, horizon);
            var posts = flow.Run(user, current);
            var postsBefore = Before(p => flow.Run(user, p));
            figures.Add(new("Taux de pourvoi des postes", KeyFigureKind.Share, Share(posts.Sum(r => r.Filled), posts.Sum(r => r.Posts)),
                Share(postsBefore.Sum(r => r.Filled), postsBefore.Sum(r => r.Posts)), true,
                $"{N(posts.Sum(r => r.Filled))} pourvus sur {N(posts.Sum(r => r.Posts))} postes publiés dans la période"));

            var integration = new IntegrationQuery(connection, horizon);
            var recruits = integration.Run(user, current);
            var recruitsBefore = Before(p => integration.Run(user, p));
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

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
