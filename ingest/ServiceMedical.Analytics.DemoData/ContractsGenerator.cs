using System.Globalization;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Assistant-médical contracts signed month by month along the public national curve:
/// about 130 in December 2019, 1,545 on 21 January 2021, 3,112 on 28 May 2022, then towards the
/// targets (4,000 by the end of 2022, 10,000 later).
/// </summary>
internal sealed class ContractsGenerator(DemoRandom random)
{
    /// <summary>Cumulative contracts signed (all beneficiaries) at given days; straight lines in between.</summary>
    public static readonly IReadOnlyList<(DateOnly Day, double Contracts)> NationalCurve =
    [
        (new DateOnly(2019, 9, 1), 0),
        (new DateOnly(2019, 12, 31), 130),
        (new DateOnly(2021, 1, 21), 1_545),
        (new DateOnly(2022, 5, 28), 3_112),
        (new DateOnly(2022, 12, 31), 4_000),   // assumption: the 2022 target reached
        (new DateOnly(2023, 12, 31), 5_300),   // assumption
        (new DateOnly(2024, 12, 31), 6_500),   // assumption
        (new DateOnly(2025, 12, 31), 7_600),   // assumption
    ];

    private const double GeneralistShare = 0.82;   // 82 % of contracts on 21 January 2021 were with general practitioners
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
        contracts.Add(NewContract(auraFirst, s_auraFirstCentreSigned, contracts.Count));

        var signed = 0.0;
        foreach (var month in DemoCalendar.Months(NationalCurve[0].Day, DemoCalendar.DataCut))
        {
            var target = CurveAt(month.AddMonths(1).AddDays(-1));
            var due = (int)Math.Round(target - signed);
            signed += due;
            for (var k = 0; k < due; k++)
            {
                var day = month.AddDays(random.Int(0, DateTime.DaysInMonth(month.Year, month.Month)));
                var centre = month >= new DateOnly(2020, 3, 1) && random.Chance(0.025);
                var beneficiary = centre
                    ? Draw(centrePool, day, regionPropensity, c => c.Region != StructuresGenerator.Aura || day >= s_auraSecondWave)
                    : Draw(random.Chance(GeneralistShare) ? generalists : specialists, day, regionPropensity, _ => true);
                if (beneficiary is not null)
                {
                    contracts.Add(NewContract(beneficiary, day, contracts.Count));
                }
            }
        }

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

        return NationalCurve[^1].Contracts;
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
        var snapshot = DemoCalendar.SnapshotInForce(day);
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

    private DemoContract NewContract(Beneficiary beneficiary, DateOnly signed, int sequence)
    {
        var start = new DateOnly(signed.Year, signed.Month, 1).AddMonths(1);
        var generalist = beneficiary.Specialty == "generaliste";
        var objective = beneficiary.IsCentre ? random.Between(5, 15) : generalist ? random.Between(5, 12) : random.Between(4, 20);
        // Every contract signed by a médecin libéral in 2020 reached its objective (DRSM AURA, May 2021).
        var medecin2020 = !beneficiary.IsCentre && signed.Year == 2020;
        var achievement = medecin2020 ? random.Between(1.15, 2.5) : Math.Max(0, random.Normal(1.6, 0.75));
        DateOnly? terminated = random.Chance(0.03) ? start.AddMonths(random.Int(6, 48)) : null;
        if (terminated > DemoCalendar.DataCut)
        {
            terminated = null;
        }

        var contract = new DemoContract
        {
            Number = $"AM-{signed.Year.ToString(CultureInfo.InvariantCulture)}-{(sequence + 1).ToString("D5", CultureInfo.InvariantCulture)}",
            Beneficiary = beneficiary,
            Signed = signed,
            Start = start,
            AssistantsFte = beneficiary.IsCentre ? random.Int(1, 5) : random.Weighted<double>([(1, 70), (0.5, 20), (2, 10)]),
            ReferenceFileActive = (int)beneficiary.BaseFileActive,
            ObjectivePct = Math.Round(objective, 1),
            Terminated = terminated,
            Achievement = achievement,
            AtTargetFromStart = medecin2020,
        };
        beneficiary.Contract = contract;
        return contract;
    }
}
