using System.Globalization;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Assistant-médical contracts signed month by month along the public national curve of signers: about 130 in
/// December 2019, 1,545 on 21 January 2021, 3,112 on 28 May 2022, then towards the targets (4,000 by the end of 2022,
/// 10,000 later) at a pace that changes from year to year. Each month's signatures vary around the curve (count noise,
/// a summer dip in July and August, a rebound in the autumn). A few contracts are terminated every year; most of the
/// others are renewed when their five years end (from 2024), which makes a contract but not a new signer.
/// </summary>
internal sealed class ContractsGenerator(DemoRandom random, DemoCalendar calendar)
{
    /// <summary>Cumulative signers (all beneficiaries) at given days; straight lines in between.</summary>
    public static readonly IReadOnlyList<(DateOnly Day, double Signers)> NationalCurve =
    [
        (new DateOnly(2019, 9, 1), 0),
        (new DateOnly(2019, 12, 31), 130),
        (new DateOnly(2021, 1, 21), 1_545),
        (new DateOnly(2022, 5, 28), 3_112),
        (new DateOnly(2022, 12, 31), 4_000),   // assumption: the 2022 target reached
        (new DateOnly(2023, 12, 31), 5_300),   // assumption
        (new DateOnly(2024, 12, 31), 6_500),   // assumption: a pace revived by the 2024 convention's target of 10,000
        (new DateOnly(2025, 12, 31), 7_600),   // assumption
        (new DateOnly(2026, 12, 31), 8_450),   // assumption: the pool of willing doctors thins, the pace slows
        (new DateOnly(2027, 12, 31), 9_150),   // assumption
    ];

    /// <summary>Signers a year after the curve's last point (assumption: the slow pace of its last years goes on).</summary>
    private const double SignersPerYearAfterTheCurve = 600;

    /// <summary>How much each calendar month signs against an average one: fewer in the summer, more in the autumn.</summary>
    private static readonly double[] s_season = [1.05, 1.0, 1.1, 1.0, 0.95, 1.05, 0.85, 0.5, 1.15, 1.15, 1.1, 0.9];

    private const double GeneralistShare = 0.82;   // 82 % of contracts on 21 January 2021 were with general practitioners
    private const double RenewedShare = 0.75;      // assumption: most contracts reaching their five years are renewed
    private static readonly DateOnly s_auraFirstCentreSigned = new(2020, 11, 16);
    private static readonly DateOnly s_auraSecondWave = new(2021, 7, 1);

    public List<DemoContract> Sign(IReadOnlyList<Beneficiary> centres, IReadOnlyList<Beneficiary> medecins)
    {
        var contracts = new List<DemoContract>();
        var regionPropensity = centres.Concat(medecins).Select(b => b.Region).Distinct()
            .ToDictionary(r => r, _ => random.Between(0.5, 1.5), StringComparer.Ordinal);
        var generalists = Pool(medecins.Where(m => m.Specialty == "generaliste"));
        var specialists = Pool(medecins.Where(m => m.Specialty == "specialiste"));
        var centrePool = Pool(centres.Where(c => c.EligibleFrom >= 0));

        // AURA, May 2021: of the 25 eligible centres one only has signed, before the end of 2020.
        var auraFirst = centres.First(c => c.Region == StructuresGenerator.Aura && c.EligibleAt(StructuresGenerator.AuraSnapshotMay2021));
        contracts.Add(NewContract(auraFirst, s_auraFirstCentreSigned, contracts.Count, null));

        var signed = 0.0;
        foreach (var month in DemoCalendar.Months(NationalCurve[0].Day, calendar.DataCut))
        {
            var monthEnd = DemoCalendar.Min(month.AddMonths(1).AddDays(-1), calendar.DataCut);
            var pace = CurveAt(monthEnd) - CurveAt(month.AddDays(-1));
            // Around the curve's pace, with the noise of a count, the season, and a pull back towards the curve.
            var due = (int)Math.Max(0, Math.Round(pace * s_season[month.Month - 1] * random.Normal(1, 0.12) + 0.3 * (CurveAt(month.AddDays(-1)) - signed)));
            signed += due;
            for (var k = 0; k < due; k++)
            {
                var day = month.AddDays(random.Int(0, monthEnd.Day));
                var centre = month >= new DateOnly(2020, 3, 1) && random.Chance(0.025);
                var beneficiary = centre
                    ? Draw(centrePool, day, regionPropensity, c => c.Region != StructuresGenerator.Aura || day >= s_auraSecondWave)
                    : Draw(random.Chance(GeneralistShare) ? generalists : specialists, day, regionPropensity, _ => true);
                if (beneficiary is not null)
                {
                    contracts.Add(NewContract(beneficiary, day, contracts.Count, null));
                }
            }
        }

        Renew(contracts);
        return contracts;
    }

    public static double CurveAt(DateOnly day)
    {
        if (day <= NationalCurve[0].Day)
        {
            return 0;
        }

        for (var i = 1; i < NationalCurve.Count; i++)
        {
            var (d0, c0) = NationalCurve[i - 1];
            var (d1, c1) = NationalCurve[i];
            if (day <= d1)
            {
                return c0 + (c1 - c0) * (day.DayNumber - d0.DayNumber) / (d1.DayNumber - d0.DayNumber);
            }
        }

        var (last, signers) = NationalCurve[^1];
        return signers + SignersPerYearAfterTheCurve * (day.DayNumber - last.DayNumber) / 365.25;
    }

    /// <summary>
    /// Contracts reaching their five years (not terminated) are renewed by most of their beneficiaries: a new contract
    /// signed one to three months before the end, starting the day after it, from the file active the first one reached.
    /// Renewals of renewals follow in the same way.
    /// </summary>
    private void Renew(List<DemoContract> contracts)
    {
        for (var i = 0; i < contracts.Count; i++)
        {
            var previous = contracts[i];
            if (previous.Terminated is not null || !random.Chance(RenewedShare))
            {
                continue;
            }

            var start = previous.End.AddDays(1);
            var signedOn = start.AddMonths(-random.Int(1, 4)).AddDays(random.Int(0, 28));
            if (signedOn > calendar.DataCut)
            {
                continue;
            }

            contracts.Add(NewContract(previous.Beneficiary, signedOn, contracts.Count, previous));
        }
    }

    private List<Beneficiary> Pool(IEnumerable<Beneficiary> beneficiaries)
    {
        var pool = beneficiaries.ToList();
        random.Shuffle(pool);
        return pool;
    }

    /// <summary>An uncontracted beneficiary eligible at the snapshot in force, regions weighted by their propensity to sign.</summary>
    private Beneficiary? Draw(List<Beneficiary> pool, DateOnly day, Dictionary<string, double> propensity, Func<Beneficiary, bool> allowed)
    {
        var snapshot = calendar.SnapshotInForce(day);
        for (var attempt = 0; attempt < 400 && pool.Count > 0; attempt++)
        {
            var index = random.Int(0, pool.Count);
            var candidate = pool[index];
            if (candidate.Contract is not null)
            {
                pool[index] = pool[^1];
                pool.RemoveAt(pool.Count - 1);
                continue;
            }

            if (candidate.EligibleAt(snapshot) && allowed(candidate) && random.Next() < propensity[candidate.Region] / 1.5)
            {
                return candidate;
            }
        }

        return null;
    }

    private DemoContract NewContract(Beneficiary beneficiary, DateOnly signed, int sequence, DemoContract? renews)
    {
        // A first contract starts on the first of the next month; a renewal, the day after the one it renews.
        var start = renews?.End.AddDays(1) ?? new DateOnly(signed.Year, signed.Month, 1).AddMonths(1);
        var generalist = beneficiary.Specialty == "generaliste";
        var objective = beneficiary.IsCentre ? random.Between(5, 15) : generalist ? random.Between(5, 12) : random.Between(4, 20);
        // Every contract signed by a médecin libéral in 2020 reached its objective (DRSM AURA, May 2021).
        var medecin2020 = !beneficiary.IsCentre && signed.Year == 2020;
        var achievement = medecin2020 ? random.Between(1.15, 2.5) : Math.Max(0, random.Normal(1.6, 0.75));
        // A few terminations every year, between six months and four years after the start, up to the extract.
        DateOnly? terminated = random.Chance(0.03) ? start.AddMonths(random.Int(6, 48)) : null;
        if (terminated > calendar.DataCut)
        {
            terminated = null;
        }

        var contract = new DemoContract
        {
            Number = $"AM-{signed.Year.ToString(CultureInfo.InvariantCulture)}-{(sequence + 1).ToString("D5", CultureInfo.InvariantCulture)}",
            Beneficiary = beneficiary,
            Signed = signed,
            Start = start,
            AssistantsFte = renews?.AssistantsFte ?? (beneficiary.IsCentre ? random.Int(1, 5) : random.Weighted<double>([(1, 70), (0.5, 20), (2, 10)])),
            ReferenceFileActive = (int)Math.Round(renews?.Reached ?? beneficiary.BaseFileActive),
            ObjectivePct = Math.Round(objective, 1),
            Terminated = terminated,
            Achievement = achievement,
            AtTargetFromStart = medecin2020,
            Renews = renews,
        };
        beneficiary.Contract = contract;
        return contract;
    }
}
