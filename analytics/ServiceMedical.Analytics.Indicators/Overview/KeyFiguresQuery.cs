using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Recruitment;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Indicators.Overview;

/// <summary>
/// The overview's headline figures for a period against the previous period of the same length, each
/// computed by the indicator it summarises (so under the same scope checks). Recruitment figures are
/// regional: below a region they are not shown.
/// </summary>
public sealed class KeyFiguresQuery(DuckDBConnection connection, TimeProvider time)
{
    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");

    public (KeyFigurePeriods Periods, IReadOnlyList<KeyFigure> Figures) Run(UserScope user, IndicatorFilter filter)
    {
        user.Authorize(filter);
        var periods = KeyFigurePeriods.For(filter.From, filter.To, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var current = filter with { From = periods.From, To = periods.To, By = Breakdown.None };
        var previous = filter with { From = periods.PreviousFrom, To = periods.PreviousTo, By = Breakdown.None };
        var figures = new List<KeyFigure>();

        var contracts = new ContractsOverTimeQuery(connection, time);
        var signed = contracts.Run(user, current with { By = Breakdown.Year });
        var signedBefore = contracts.Run(user, previous with { By = Breakdown.Year });
        figures.Add(new("Contrats signés", KeyFigureKind.Count, signed.Sum(r => r.Signed), signedBefore.Sum(r => r.Signed), true, "dans la période"));
        figures.Add(new("Contrats en vigueur", KeyFigureKind.Count, Last(signed)?.InForce ?? 0, Last(signedBefore)?.InForce ?? 0, true,
            $"au {Day(periods.To)}"));

        var uptake = new UptakeQuery(connection, time);
        var snapshot = Last(uptake.Run(user, current with { From = null }));
        var snapshotBefore = Last(uptake.Run(user, previous with { From = null }));
        figures.Add(new("Taux d'adhésion", KeyFigureKind.Share, snapshot?.Rate, snapshotBefore?.Rate, true,
            snapshot is null ? "aucun instantané d'éligibilité" : $"{N(snapshot.Contracted)} sous contrat sur {N(snapshot.Eligible)} éligibles, instantané du {Day(snapshot.Snapshot)}"));

        var training = new TrainingQuery(connection, time);
        figures.Add(new("Assistants certifiés CQP", KeyFigureKind.Count, training.Run(user, current).Sum(r => r.Certified), training.Run(user, previous).Sum(r => r.Certified), true, "dans la période"));

        if (filter.Geography.Department is null)
        {
            var flow = new RecruitmentFlowQuery(connection, time);
            var posts = flow.Run(user, current);
            var postsBefore = flow.Run(user, previous);
            figures.Add(new("Taux de pourvoi des postes", KeyFigureKind.Share, Share(posts.Sum(r => r.Nominated), posts.Sum(r => r.Posts)),
                Share(postsBefore.Sum(r => r.Nominated), postsBefore.Sum(r => r.Posts)), true,
                $"{N(posts.Sum(r => r.Nominated))} pourvus sur {N(posts.Sum(r => r.Posts))} postes publiés dans la période"));

            var integration = new IntegrationQuery(connection, time);
            var recruits = integration.Run(user, current);
            var recruitsBefore = integration.Run(user, previous);
            figures.Add(new("Tuteur désigné dans le trimestre", KeyFigureKind.Share, TutorShare(recruits), TutorShare(recruitsBefore), true,
                $"recrutés dans la période dont le trimestre est échu ({N(recruits.Sum(r => r.Recruits - r.TutorPending))})"));
        }

        return (periods, figures);
    }

    private static double? TutorShare(IReadOnlyList<IntegrationRow> rows) => Share(rows.Sum(r => r.TutorInQuarter), rows.Sum(r => r.Recruits - r.TutorPending));

    private static T? Last<T>(IReadOnlyList<T> rows) where T : class => rows.Count == 0 ? null : rows[^1];

    private static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    private static string N(long count) => count.ToString("N0", s_french);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
