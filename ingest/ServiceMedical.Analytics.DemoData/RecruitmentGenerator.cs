using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Recruitment of praticiens-conseils (arrêté du 21 décembre 2018): offers published in January,
/// May and October for the three professions, at the CNAM or in an ARS; applications on diploma,
/// 45-minute interviews before a complete jury (with the ARS member for ARS posts), about half the
/// posts filled, a share of recruits not taking up the post, and the integration path of those who do.
/// </summary>
internal sealed class RecruitmentGenerator(DemoRandom random)
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
        for (var year = 2019; year <= 2025; year++)
        {
            var postsThisYear = year == 2019 ? 140 : random.Int(115, 165);   // about 140 posts opened in 2019
            for (var c = 0; c < s_campaignMonths.Length; c++)
            {
                var campaign = $"{year.ToString(CultureInfo.InvariantCulture)}-{s_campaignMonths[c].ToString("D2", CultureInfo.InvariantCulture)}";
                var published = new DateOnly(year, s_campaignMonths[c], random.Int(5, 16));
                var deadline = published.AddDays(random.Int(30, 46));
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
                        if (decided > DemoCalendar.DataCut)
                        {
                            continue;
                        }

                        var isRetained = i == retained;
                        tables.Interviews.Add(
                        [
                            $"EN-{(++interview).ToString("D6", CultureInfo.InvariantCulture)}", applicationId, postId, day, 45,
                            true, true, true, true, employer == "ars", isRetained ? "retenu" : "non_retenu", decided,
                        ]);
                        if (isRetained)
                        {
                            Nominate(tables, postId, applicationId, decided);
                        }
                    }
                }
            }
        }

        return tables;
    }

    private void Nominate(Tables tables, string postId, string applicationId, DateOnly decided)
    {
        var publishedOn = decided.AddDays(random.Int(10, 31));
        if (publishedOn > DemoCalendar.DataCut)
        {
            return;
        }

        var start = new DateOnly(publishedOn.Year, publishedOn.Month, 1).AddMonths(random.Int(1, 4));
        // 19 % to 40 % of selected candidates did not take up the post; unknown until the start date.
        bool? tookUp = start > DemoCalendar.DataCut ? null : !random.Chance(0.28);
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
        var elapsed = DemoCalendar.MonthsBetween(hired, DemoCalendar.DataCut);
        var done = Math.Clamp(elapsed * Modules / months, 0, Modules);
        if (completed > DemoCalendar.DataCut)
        {
            completed = null;
        }
        else
        {
            done = Modules;
        }

        return
        [
            applicationId, hired, tutor > DemoCalendar.DataCut ? null : tutor, Modules, done,
            en3s > DemoCalendar.DataCut ? null : en3s, completed,
        ];
    }
}
