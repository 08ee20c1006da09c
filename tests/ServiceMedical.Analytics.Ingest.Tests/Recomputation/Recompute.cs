namespace ServiceMedical.Analytics.Ingest.Tests.Recomputation;

/// <summary>Where and when a recomputation is asked: a scope (France, a region or a department), a breakdown, a period.</summary>
public sealed record Ask(string? Region, string? Department, string By, DateOnly? From, DateOnly To, string? Beneficiary = null, string? Employer = null);

/// <summary>
/// Every period indicator recomputed in plain C# from the raw demo rows, following the written definitions of
/// docs/indicators.md — not the product's SQL. Each returns rows in the columns of the indicator's export.
/// </summary>
public sealed class Recompute(RawDemo raw, Dictionary<string, string> regionNames, Dictionary<string, string> departmentNames)
{
    private static readonly DateOnly s_cqp279From = new(2024, 1, 1);

    // ---- the date rules (docs/indicators.md, "Date rules") ----
    private static DateOnly OutFrom(RawContract c)
    {
        var dayAfterEnd = c.End.AddDays(1);
        return c.Terminated is { } t && t < dayAfterEnd ? t : dayAfterEnd;
    }

    private static bool InForce(RawContract c, DateOnly d) => c.Start <= d && d < OutFrom(c);

    private static bool Held(RawContract c, DateOnly d) => c.Signed <= d && d < OutFrom(c);

    // ---- scope and zones ----
    private bool InScope(Ask ask, string department) =>
        (ask.Region is null || raw.Regions[department] == ask.Region) && (ask.Department is null || department == ask.Department);

    private static bool InRegionScope(Ask ask, string region) => ask.Region is null || region == ask.Region;

    private string Zone(Ask ask, string department) => ask.By switch
    {
        "region" => raw.Regions[department],
        "department" => department,
        _ => ask.Department ?? ask.Region ?? "FR",
    };

    private static string RegionZone(Ask ask, string region) => ask.By == "region" ? region : ask.Region ?? "FR";

    private string ZoneName(Ask ask, string zone) =>
        zone == "FR" ? "France"
        : ask.By == "region" || (ask.By != "department" && ask.Department is null) ? regionNames[zone]
        : departmentNames[zone];

    private static bool InPeriod(Ask ask, DateOnly day) => (ask.From is null || day >= ask.From) && day <= ask.To;

    public List<object?[]> Uptake(Ask ask)
    {
        var snapshots = raw.Eligibility.Select(e => e.Snapshot).Distinct().Order().ToList();
        var contracts = raw.Contracts.ToLookup(c => (c.Type, c.Id));
        var rows = new List<object?[]>();
        for (var i = 0; i < snapshots.Count; i++)
        {
            DateOnly? validUntil = i + 1 < snapshots.Count ? snapshots[i + 1].AddDays(-1) : null;
            var lastDay = validUntil ?? ask.To;
            if ((ask.From is not null && lastDay < ask.From) || snapshots[i] > ask.To)
            {
                continue;
            }

            var on = lastDay < ask.To ? lastDay : ask.To;
            // A beneficiary listed in several departments counts once, in the lowest department code.
            foreach (var zone in raw.Eligibility
                .Where(e => e.Snapshot == snapshots[i])
                .GroupBy(e => (e.Type, e.Id)).Select(g => g.MinBy(e => e.Department, StringComparer.Ordinal)!)
                .Where(e => e.Eligible && InScope(ask, e.Department) && (ask.Beneficiary is null || e.Type == ask.Beneficiary))
                .GroupBy(e => Zone(ask, e.Department)))
            {
                var eligible = zone.Count();
                var held = zone.Count(e => contracts[(e.Type, e.Id)].Any(c => Held(c, on)));
                rows.Add([snapshots[i], zone.Key, ZoneName(ask, zone.Key), on, (long)eligible, (long)held, Share(held, eligible)]);
            }
        }

        return rows;
    }

    public List<object?[]> ContractsByMonth(Ask ask)
    {
        var inScope = raw.Contracts.Where(c => InScope(ask, c.Department) && (ask.Beneficiary is null || c.Type == ask.Beneficiary)).ToList();
        var firstDay = ask.From ?? inScope.Min(c => c.Signed);
        var rows = new List<object?[]>();
        foreach (var zone in inScope.GroupBy(c => Zone(ask, c.Department)))
        {
            var firstSignatures = zone.GroupBy(c => (c.Type, c.Id)).Select(g => g.Min(c => c.Signed)).ToList();
            for (var month = new DateOnly(firstDay.Year, firstDay.Month, 1); month <= ask.To; month = month.AddMonths(1))
            {
                var start = month < firstDay ? firstDay : month;
                var end = month.AddMonths(1).AddDays(-1) < ask.To ? month.AddMonths(1).AddDays(-1) : ask.To;
                rows.Add(
                [
                    start, zone.Key, ZoneName(ask, zone.Key),
                    (long)zone.Count(c => c.Signed >= start && c.Signed <= end), (long)zone.Count(c => c.Signed <= end),
                    (long)firstSignatures.Count(d => d >= start && d <= end), (long)firstSignatures.Count(d => d <= end),
                    (long)zone.Count(c => InForce(c, end)),
                ]);
            }
        }

        return rows;
    }

    public List<object?[]> Attainment(Ask ask)
    {
        var activity = raw.Activity.ToLookup(a => (a.Type, a.Id));
        var years = from c in raw.Contracts
                    where InScope(ask, c.Department) && (ask.Beneficiary is null || c.Type == ask.Beneficiary)
                    from y in Enumerable.Range(1, 5)
                    let first = c.Start.AddYears(y - 1)
                    let last = c.Start.AddYears(y).AddDays(-1)
                    where last <= ask.To && (ask.From is null || last >= ask.From) && InForce(c, last)
                    let measures = activity[(c.Type, c.Id)].Where(a => a.Month >= first && a.Month <= last).Select(a => (double)a.FileActive).ToList()
                    let target = c.Reference * (100 + c.Objective) / 100
                    select (Zone: Zone(ask, c.Department), c.Type, Cohort: c.Signed.Year, Year: y, Measured: measures.Count >= 6,
                        Mean: measures.Count == 0 ? 0 : measures.Average(), Target: target,
                        Attainment: measures.Count >= 6 && target != c.Reference ? (measures.Average() - c.Reference) / (target - c.Reference) : (double?)null);
        return [.. years.GroupBy(y => (y.Zone, y.Type, y.Cohort, y.Year)).Select(g =>
        {
            var measured = g.Where(y => y.Measured).ToList();
            var atObjective = measured.Count(y => y.Mean >= y.Target);
            var attainments = measured.Where(y => y.Attainment is not null).Select(y => y.Attainment!.Value).ToList();
            return new object?[]
            {
                g.Key.Zone, ZoneName(ask, g.Key.Zone), g.Key.Type, g.Key.Cohort, g.Key.Year, (long)measured.Count, (long)(g.Count() - measured.Count), (long)atObjective,
                Share(atObjective, measured.Count), (long)attainments.Count(a => a < 0.5), (long)attainments.Count(a => a >= 0.5 && a < 1),
                (long)attainments.Count(a => a >= 1 && a < 1.5), (long)attainments.Count(a => a >= 1.5), Quantile(attainments, 0.5),
            };
        })];
    }

    public List<object?[]> Conversion(Ask ask)
    {
        var lastSignature = raw.Contracts.Where(c => c.Signed <= ask.To).GroupBy(c => (c.Type, c.Id)).ToDictionary(g => g.Key, g => g.Max(c => c.Signed));
        return [.. raw.Actions
            .Where(a => InScope(ask, a.Department) && (ask.Beneficiary is null || a.Type == ask.Beneficiary) && InPeriod(ask, a.Day))
            .GroupBy(a => (a.ActionType, Zone: Zone(ask, a.Department), a.Type, a.Id))
            .Select(g => (g.Key.ActionType, g.Key.Zone, Signed: lastSignature.TryGetValue((g.Key.Type, g.Key.Id), out var last) && last >= g.Min(a => a.Day)))
            .GroupBy(x => (x.ActionType, x.Zone))
            .Select(g => new object?[] { g.Key.ActionType, g.Key.Zone, ZoneName(ask, g.Key.Zone), (long)g.Count(), (long)g.Count(x => x.Signed), Share(g.Count(x => x.Signed), g.Count()) })];
    }

    public List<object?[]> TimeToSignature(Ask ask)
    {
        var actions = raw.Actions.ToLookup(a => (a.Type, a.Id));
        return [.. raw.Contracts
            .Where(c => InScope(ask, c.Department) && (ask.Beneficiary is null || c.Type == ask.Beneficiary) && InPeriod(ask, c.Signed))
            .Select(c => (Zone: Zone(ask, c.Department), c.Type,
                Days: actions[(c.Type, c.Id)].Where(a => a.Day <= c.Signed).Select(a => (double?)(c.Signed.DayNumber - a.Day.DayNumber)).Max()))
            .GroupBy(x => (x.Zone, x.Type))
            .Select(g =>
            {
                var days = g.Where(x => x.Days is not null).Select(x => x.Days!.Value).ToList();
                return new object?[] { g.Key.Zone, ZoneName(ask, g.Key.Zone), g.Key.Type, (long)g.Count(), (long)days.Count, Quantile(days, 0.5), Quantile(days, 0.9) };
            })];
    }

    public List<object?[]> Training(Ask ask)
    {
        var contracts = raw.Contracts.ToDictionary(c => c.Number);
        return [.. raw.Trainees
            .Select(t => (Trainee: t, Contract: t.Contract is null ? null : contracts.GetValueOrDefault(t.Contract)))
            .Where(x => (x.Contract is null ? ask.Region is null && ask.Department is null : InScope(ask, x.Contract.Department))
                        && (ask.Beneficiary is null || x.Contract?.Type == ask.Beneficiary)
                        && x.Trainee.Start <= ask.To && (ask.From is null || x.Trainee.Certified is null || x.Trainee.Certified >= ask.From))
            .Select(x =>
            {
                var programme = x.Trainee.Start < s_cqp279From ? 384 : 279;
                var expectedEnd = x.Trainee.Start.AddDays((int)Math.Round(182.0 * programme / 384, MidpointRounding.AwayFromZero));
                var certified = x.Trainee.Certified is { } c && c <= ask.To;
                return (x.Trainee.Organisation, Zone: x.Contract is null ? "?" : Zone(ask, x.Contract.Department), Programme: programme, ExpectedEnd: expectedEnd,
                    Certified: certified, Hours: Math.Min(x.Trainee.Hours, programme));
            })
            .GroupBy(x => (x.Organisation, x.Zone))
            .Select(g =>
            {
                var certified = g.Count(x => x.Certified);
                var inTraining = g.Where(x => !x.Certified && x.ExpectedEnd >= ask.To).ToList();
                var overdue = g.Count(x => !x.Certified && x.ExpectedEnd < ask.To);
                return new object?[]
                {
                    g.Key.Organisation, raw.Organisations[g.Key.Organisation], g.Key.Zone, ZoneName(ask, g.Key.Zone), (long)g.Count(), (long)certified,
                    (long)inTraining.Count, (long)overdue, Share(certified, certified + overdue), g.Sum(x => x.Hours), (long)g.Sum(x => x.Programme),
                    inTraining.Count == 0 ? null : inTraining.Min(x => x.ExpectedEnd),
                };
            })];
    }

    private IEnumerable<RawPost> Posts(Ask ask) =>
        raw.Posts.Where(p => InRegionScope(ask, p.Region) && (ask.Employer is null || p.Employer == ask.Employer) && InPeriod(ask, p.Published));

    public List<object?[]> RecruitmentFlow(Ask ask)
    {
        var applications = raw.Applications.Where(a => a.Sent <= ask.To).ToLookup(a => a.Post);
        var interviews = raw.Interviews.Where(i => i.Day <= ask.To).ToLookup(i => i.Post);
        var nominations = raw.Nominations.Where(n => n.Published <= ask.To).ToLookup(n => n.Post);
        var posts = Posts(ask)
            .Select(p => (Post: p, Zone: RegionZone(ask, p.Region),
                Applications: applications[p.Id].Count(), Admissible: applications[p.Id].Count(a => a.Admissible),
                Interviewed: interviews[p.Id].Select(i => i.Application).Distinct().Count(),
                Retained: interviews[p.Id].Any(i => i.Decision == "retenu" && i.Decided <= ask.To),
                Decided: interviews[p.Id].Any(i => i.Decided <= ask.To),
                Filled: nominations[p.Id].Any(),
                Started: nominations[p.Id].Any(n => n.TookUp == true && n.Start <= ask.To),
                Declined: nominations[p.Id].Any(n => n.TookUp == false && n.Start <= ask.To)))
            .ToList();
        // Under way: a post may still be filled (applications open, admissible ones and no jury decision in the campaign,
        // a retained candidate not nominated), within six months of the campaign's last deadline.
        var underWay = posts.GroupBy(x => x.Post.Campaign).ToDictionary(c => c.Key, c =>
            c.Max(x => x.Post.Deadline).AddMonths(6) > ask.To
            && (c.Any(x => x.Post.Deadline >= ask.To) || (c.Any(x => x.Admissible > 0) && !c.Any(x => x.Decided)) || c.Any(x => x.Retained && !x.Filled)));
        return [.. posts
            .GroupBy(x => (x.Post.Campaign, x.Post.Profession, x.Post.Employer, x.Zone))
            .Select(g =>
            {
                long opened = g.Count(), filled = g.Count(x => x.Filled), started = g.Count(x => x.Started), declined = g.Count(x => x.Declined);
                var open = underWay[g.Key.Campaign];
                return new object?[]
                {
                    g.Key.Campaign, open ? "en cours" : "close", g.Key.Profession, g.Key.Employer, g.Key.Zone, ZoneName(ask, g.Key.Zone), opened, (long)g.Sum(x => x.Applications),
                    (long)g.Sum(x => x.Admissible), (long)g.Sum(x => x.Interviewed), (long)g.Count(x => x.Retained), filled, started, declined,
                    filled - started - declined, open ? null : Share(filled, opened), Share(started, started + declined),
                };
            })];
    }

    public List<object?[]> RecruitmentDelays(Ask ask)
    {
        var retained = raw.Interviews.Where(i => i.Decision == "retenu").ToList();
        return [.. (from p in Posts(ask)
                    join n in raw.Nominations.Where(n => n.Published <= ask.To) on p.Id equals n.Post
                    join i in retained on new { n.Post, n.Application } equals new { i.Post, i.Application }
                    select (p, Zone: RegionZone(ask, p.Region),
                        ToDecision: (double)(i.Decided.DayNumber - p.Deadline.DayNumber),
                        ToPublication: (double)(n.Published.DayNumber - i.Decided.DayNumber),
                        ToStart: n.Start <= ask.To ? (double?)(n.Start.DayNumber - n.Published.DayNumber) : null))
            .GroupBy(x => (x.p.Profession, x.p.Employer, x.Zone))
            .Select(g =>
            {
                var decision = g.Select(x => x.ToDecision).ToList();
                var publication = g.Select(x => x.ToPublication).ToList();
                var start = g.Where(x => x.ToStart is not null).Select(x => x.ToStart!.Value).ToList();
                return new object?[]
                {
                    g.Key.Profession, g.Key.Employer, g.Key.Zone, ZoneName(ask, g.Key.Zone), (long)g.Count(),
                    Quantile(decision, 0.5), Quantile(decision, 0.9), Quantile(publication, 0.5), Quantile(publication, 0.9), (long)start.Count, (long)(g.Count() - start.Count), Quantile(start, 0.5), Quantile(start, 0.9),
                };
            })];
    }

    public List<object?[]> Juries(Ask ask)
    {
        var posts = raw.Posts.ToDictionary(p => p.Id);
        return [.. raw.Interviews
            .Select(i => (Interview: i, Post: posts[i.Post]))
            .Where(x => InRegionScope(ask, x.Post.Region) && (ask.Employer is null || x.Post.Employer == ask.Employer) && InPeriod(ask, x.Interview.Day))
            .Select(x => (x.Post.Employer, Zone: RegionZone(ask, x.Post.Region),
                Complete: x.Interview.Regional && x.Interview.Adjoint && x.Interview.Chief && x.Interview.Hr,
                ArsPost: x.Post.Employer == "ars", x.Interview.Ars, FortyFive: x.Interview.Minutes == 45))
            .GroupBy(x => (x.Employer, x.Zone))
            .Select(g =>
            {
                var compliant = g.Count(x => x.Complete && (!x.ArsPost || x.Ars) && x.FortyFive);
                return new object?[]
                {
                    g.Key.Employer, g.Key.Zone, ZoneName(ask, g.Key.Zone), (long)g.Count(), (long)g.Count(x => x.Complete), (long)g.Count(x => x.ArsPost),
                    (long)g.Count(x => x.ArsPost && x.Ars), (long)g.Count(x => x.FortyFive), (long)compliant, Share(compliant, g.Count()),
                };
            })];
    }

    public List<object?[]> Integration(Ask ask)
    {
        var posts = raw.Posts.ToDictionary(p => p.Id);
        var applications = raw.Applications.ToDictionary(a => a.Id);
        return [.. raw.Integrations
            .Select(r => (Recruit: r, Post: posts[applications[r.Application].Post]))
            .Where(x => InRegionScope(ask, x.Post.Region) && (ask.Employer is null || x.Post.Employer == ask.Employer) && InPeriod(ask, x.Recruit.Hired))
            .Select(x =>
            {
                // What was recorded after the period's end is not known on that day.
                var tutor = x.Recruit.Tutor <= ask.To ? x.Recruit.Tutor : null;
                var completed = x.Recruit.Completed <= ask.To ? x.Recruit.Completed : null;
                return (x.Post.Employer, Zone: RegionZone(ask, x.Post.Region), Tutor: tutor, TutorDue: x.Recruit.Hired.AddMonths(3),
                    Completed: completed, PathDue: x.Recruit.Hired.AddMonths(12));
            })
            .GroupBy(x => (x.Employer, x.Zone))
            .Select(g => new object?[]
            {
                g.Key.Employer, g.Key.Zone, ZoneName(ask, g.Key.Zone), (long)g.Count(),
                (long)g.Count(x => x.Tutor <= x.TutorDue), (long)g.Count(x => x.Tutor > x.TutorDue),
                (long)g.Count(x => x.Tutor is null && x.TutorDue < ask.To), (long)g.Count(x => x.Tutor is null && x.TutorDue >= ask.To),
                (long)g.Count(x => x.Completed <= x.PathDue), (long)g.Count(x => x.Completed > x.PathDue),
                (long)g.Count(x => x.Completed is null && x.PathDue < ask.To), (long)g.Count(x => x.Completed is null && x.PathDue >= ask.To),
            })];
    }

    private static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>The p-quantile with linear interpolation between the closest ranks; null for no values.</summary>
    private static double? Quantile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var position = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(position);
        var above = (int)Math.Ceiling(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
