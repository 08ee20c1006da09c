using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Recruitment of praticiens-conseils (arrêté du 21 décembre 2018): offers published in January, May and October
/// for the three professions, at the CNAM or in an ARS; applications on diploma, 45-minute interviews before a
/// complete jury (with the ARS member for ARS posts) — though a few sessions are not compliant —, about half the
/// posts filled, 19 % to 40 % of nominees not taking up the post depending on the campaign, and the integration
/// path of those who do, some with a tutor designated late. Nothing is dated after the extract date.
/// </summary>
internal sealed class RecruitmentGenerator(DemoRandom random, DemoCalendar calendar)
{
    public sealed class Tables
    {
        public List<object?[]> Posts { get; } = [];
        public List<object?[]> Applications { get; } = [];
        public List<object?[]> Interviews { get; } = [];
        public List<object?[]> Nominations { get; } = [];
        public List<object?[]> Integrations { get; } = [];
    }

    private static readonly int[] s_campaignMonths = [1, 5, 10];
    private static readonly double[] s_campaignShare = [0.45, 0.30, 0.25];

    public Tables Generate()
    {
        var tables = new Tables();
        var regionWeights = CogReference.Regions.Select(r => (r.Code, r.IsMetropolitan ? random.Between(2, 8) : 0.7)).ToList();
        int post = 0, application = 0, interview = 0;
        for (var year = 2019; year <= calendar.DataCut.Year; year++)
        {
            var postsThisYear = year == 2019 ? 140 : random.Int(115, 165);   // about 140 posts opened in 2019
            for (var c = 0; c < s_campaignMonths.Length; c++)
            {
                var campaign = $"{year.ToString(CultureInfo.InvariantCulture)}-{s_campaignMonths[c].ToString("D2", CultureInfo.InvariantCulture)}";
                var published = new DateOnly(year, s_campaignMonths[c], random.Int(5, 16));
                var deadline = published.AddDays(random.Int(30, 46));
                if (published > calendar.DataCut)
                {
                    continue;
                }

                // 19 % to 40 % of selected candidates did not take up the post, depending on the campaign.
                var declining = random.Between(0.19, 0.40);
                var posts = (int)Math.Round(postsThisYear * s_campaignShare[c]);
                for (var p = 0; p < posts; p++)
                {
                    var postId = $"PC-{campaign}-{(++post).ToString("D4", CultureInfo.InvariantCulture)}";
                    var profession = random.Weighted<string>([("medecin_conseil", 85), ("chirurgien_dentiste_conseil", 7), ("pharmacien_conseil", 8)]);
                    var employer = random.Chance(0.15) ? "ars" : "cnam";
                    tables.Posts.Add([postId, campaign, profession, employer, random.Weighted(regionWeights), published, deadline]);

                    var interviewed = new List<(string Application, DateOnly Day)>();
                    var applicants = random.Weighted<int>([(0, 18), (1, 30), (2, 27), (3, 15), (4, 10)]);
                    for (var a = 0; a < applicants; a++)
                    {
                        var applicationId = $"CA-{(++application).ToString("D6", CultureInfo.InvariantCulture)}";
                        var diploma = random.Chance(0.92) ? Codes.DiplomaOf(profession) : random.Pick(Codes.Diplomas);
                        var late = random.Chance(0.02);
                        var sent = late ? deadline.AddDays(random.Int(1, 10)) : published.AddDays(random.Int(1, deadline.DayNumber - published.DayNumber + 1));
                        if (sent > calendar.DataCut)
                        {
                            continue;
                        }

                        var admissible = !late && diploma == Codes.DiplomaOf(profession);
                        tables.Applications.Add([applicationId, "C-" + random.Hex(12), postId, sent, diploma, admissible]);
                        if (admissible && random.Chance(0.9))
                        {
                            interviewed.Add((applicationId, deadline.AddDays(random.Int(20, 61))));
                        }
                    }

                    // About half of the posts are filled (45 % to 55 % in past campaigns).
                    var retained = interviewed.Count > 0 && random.Chance(0.62) ? random.Int(0, interviewed.Count) : -1;
                    for (var i = 0; i < interviewed.Count; i++)
                    {
                        var (applicationId, day) = interviewed[i];
                        var decided = day.AddDays(random.Int(5, 21));
                        if (decided > calendar.DataCut)
                        {
                            // Heard, perhaps, but the extract lists an interview with its decision only.
                            continue;
                        }

                        var isRetained = i == retained;
                        var (minutes, complete, arsMember) = Session(employer);
                        tables.Interviews.Add(
                        [
                            $"EN-{(++interview).ToString("D6", CultureInfo.InvariantCulture)}", applicationId, postId, day, minutes,
                            true, complete, true, true, arsMember, isRetained ? "retenu" : "non_retenu", decided,
                        ]);
                        if (isRetained)
                        {
                            Nominate(tables, postId, applicationId, decided, declining);
                        }
                    }
                }
            }
        }

        return tables;
    }

    /// <summary>
    /// How an interview went: 45 minutes before a complete jury, the ARS member present for an ARS post — mostly. A few
    /// are shorter (40 minutes), a few lack the adjoint, and some ARS posts are heard without the ARS member.
    /// </summary>
    private (int Minutes, bool Complete, bool ArsMember) Session(string employer)
    {
        var minutes = random.Chance(0.04) ? 40 : 45;
        var complete = !random.Chance(0.02);
        var arsMember = employer == "ars" && !random.Chance(0.08);
        return (minutes, complete, arsMember);
    }

    private void Nominate(Tables tables, string postId, string applicationId, DateOnly decided, double declining)
    {
        var publishedOn = decided.AddDays(random.Int(10, 31));
        if (publishedOn > calendar.DataCut)
        {
            return;
        }

        var start = new DateOnly(publishedOn.Year, publishedOn.Month, 1).AddMonths(random.Int(1, 4));
        // Whether the nominee took up the post is unknown until the start date.
        bool? tookUp = start > calendar.DataCut ? null : !random.Chance(declining);
        tables.Nominations.Add([postId, applicationId, publishedOn, start, tookUp]);
        if (tookUp == true)
        {
            tables.Integrations.Add(Integration(applicationId, start));
        }
    }

    private object?[] Integration(string applicationId, DateOnly hired)
    {
        const int Modules = 12;
        // A tutor within the quarter after hiring, for most; late or not yet for a few.
        DateOnly? tutor = random.Weighted<int>([(0, 88), (1, 7), (2, 5)]) switch
        {
            0 => hired.AddDays(random.Int(1, 90)),
            1 => hired.AddDays(random.Int(91, 180)),
            _ => null,
        };
        var en3s = hired.AddDays(random.Int(14, 60));
        var months = random.Chance(0.82) ? random.Int(9, 13) : random.Int(13, 17);
        DateOnly? completed = hired.AddMonths(months);
        var elapsed = DemoCalendar.MonthsBetween(hired, calendar.DataCut);
        var done = Math.Clamp(elapsed * Modules / months, 0, Modules);
        if (completed > calendar.DataCut)
        {
            completed = null;
        }
        else
        {
            done = Modules;
        }

        return
        [
            applicationId, hired, tutor > calendar.DataCut ? null : tutor, Modules, done,
            en3s > calendar.DataCut ? null : en3s, completed,
        ];
    }
}
