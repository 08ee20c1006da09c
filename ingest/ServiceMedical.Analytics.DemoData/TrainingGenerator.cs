using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// CQP assistant médical: approved organisations (12 by 2021, 31 later) and one assistant per
/// funded post, trained about two days a week once the employer has recruited them. A few drop out and stay
/// uncertified past their expected end (late).
/// </summary>
internal sealed class TrainingGenerator(DemoRandom random, DemoCalendar calendar)
{
    public const int OrganisationsIn2021 = 12;
    public const int OrganisationsLater = 31;
    private const double HoursPerWeek = 14.8;   // 384 h in about 6 months of 2 days a week

    public List<(string Code, string Region, DateOnly Approved)> Organisations { get; } = [];

    public List<object?[]> OrganisationRows()
    {
        var regions = CogReference.Regions.Where(r => r.IsMetropolitan).Select(r => r.Code).ToList();
        for (var i = 1; i <= OrganisationsLater; i++)
        {
            // The national specification dates from February 2020: the first 12 were approved by early 2021.
            var approved = i <= OrganisationsIn2021
                ? new DateOnly(2020, 6, 1).AddDays(random.Int(0, 270))
                : new DateOnly(2021, 9, 1).AddDays(random.Int(0, 1400));
            Organisations.Add(($"OF-{i.ToString("D3", CultureInfo.InvariantCulture)}", random.Pick(regions), approved));
        }

        var names = new[] { "Institut de formation", "Campus santé", "École des métiers de la santé", "Centre de formation" };
        return Organisations.Select((o, i) => new object?[]
        {
            o.Code, $"{names[i % names.Length]} {CogReference.Regions.First(r => r.Code == o.Region).Name} {((i / names.Length) + 1).ToString(CultureInfo.InvariantCulture)}",
            o.Region, o.Approved, null,
        }).ToList();
    }

    public List<object?[]> TraineeRows(IReadOnlyList<DemoContract> contracts)
    {
        var rows = new List<object?[]>();
        // A renewal keeps the assistants the first contract trained.
        foreach (var contract in contracts.Where(c => c.Renews is null))
        {
            var assistants = Math.Max(1, (int)Math.Ceiling(contract.AssistantsFte));
            for (var a = 0; a < assistants; a++)
            {
                var start = contract.Start.AddDays(random.Int(0, 180));
                if (start > calendar.DataCut.AddDays(-7))
                {
                    continue;
                }

                var firstApproval = Organisations.Min(o => o.Approved);
                if (start < firstApproval)
                {
                    // Assistants hired before the CQP existed started with the first approved organisations.
                    start = firstApproval.AddDays(random.Int(0, 90));
                }

                var approved = Organisations.Where(o => o.Approved <= start).ToList();
                var sameRegion = approved.Where(o => o.Region == contract.Beneficiary.Region).ToList();
                var organisation = random.Pick(sameRegion.Count > 0 && random.Chance(0.7) ? sameRegion : approved);
                var length = CqpProgramme.HoursFor(start);
                var elapsed = (calendar.DataCut.DayNumber - start.DayNumber) / 7.0 * HoursPerWeek;
                var dropsOut = random.Chance(0.07);
                var hours = Math.Min(length, elapsed);
                if (dropsOut)
                {
                    hours = Math.Min(hours, Math.Round(length * random.Between(0.1, 0.7)));
                }

                DateOnly? certified = !dropsOut && hours >= length
                    ? start.AddDays((int)Math.Ceiling(length / HoursPerWeek * 7) + random.Int(7, 45))
                    : null;
                if (certified > calendar.DataCut)
                {
                    certified = null;
                }

                rows.Add(
                [
                    "AM-" + random.Hex(10), contract.Number, organisation.Code, start, Math.Round(hours, 1),
                    random.Chance(0.6) ? "soignant" : "administratif", certified,
                ]);
            }
        }

        return rows;
    }
}
