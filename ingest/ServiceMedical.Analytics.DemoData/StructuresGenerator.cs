using System.Globalization;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Centres de santé and médecins libéraux spread over the 101 departments, with their
/// eligibility over the semi-annual snapshots.
/// </summary>
internal sealed class StructuresGenerator(DemoRandom random, DemoCalendar calendar)
{
    public const int CentreCount = 2_600;     // 2,798 centres de santé in France on 1 January 2023
    public const int MedecinCount = 62_000;   // médecins libéraux in the eligible pool
    public const string Aura = "84";
    public const int AuraEligibleMay2021 = 25;  // GRCS Auvergne-Rhône-Alpes, 25 May 2021
    public const int AuraSnapshotMay2021 = 3;   // the 1 January 2021 snapshot is in force in May 2021

    // The most populous departments carry more structures (assumption: a rough population proxy).
    private static readonly HashSet<string> s_large =
        ["75", "13", "59", "69", "92", "93", "94", "33", "31", "06", "44", "67", "76", "62", "38", "34", "77", "78", "91", "95", "974"];

    public IReadOnlyList<(CogDepartment Department, double Weight)> DepartmentWeights { get; } = BuildWeights(random);

    private int Snapshots => calendar.Snapshots.Count;

    private int Last => calendar.LastSnapshot;

    public List<Beneficiary> Centres()
    {
        var finess = new HashSet<string>(StringComparer.Ordinal);
        var centres = new List<Beneficiary>(CentreCount);
        for (var i = 0; i < CentreCount; i++)
        {
            var department = random.Weighted(DepartmentWeights);
            var type = random.Weighted<string>([("dentaire", 42), ("infirmier", 29), ("polyvalent", 15), ("medical", 13), ("autre_monothematique", 1)]);
            var medical = type is "medical" or "polyvalent";
            var engaged = type == "autre_monothematique" && random.Chance(0.5);
            var doctors = medical ? Math.Round(random.Between(0.5, 12), 1) : engaged ? Math.Round(random.Between(1, 3), 1) : Math.Round(random.Between(0, 0.8), 1);
            centres.Add(new Beneficiary
            {
                Type = "centre_sante",
                Id = NewFiness(department.Code, finess),
                Department = department.Code,
                Region = department.RegionCode,
                Name = CentreName(department, type, i),
                CentreType = type,
                EngagedTowardsPolyvalence = type == "autre_monothematique" ? engaged : null,
                DoctorsFte = doctors,
                Opened = new DateOnly(1985, 1, 1).AddDays(random.Int(0, 365 * 34)),
                BaseFileActive = Math.Round(600 + doctors * random.Between(900, 1400)),
            });
        }

        foreach (var centre in centres.Where(CanBeEligible))
        {
            // Avenant 3 (February 2020) opened the scheme to centres: eligible from the January 2020 snapshot at the earliest.
            if (random.Chance(0.38))
            {
                centre.EligibleFrom = random.Chance(0.7) ? 1 : random.Int(2, Snapshots);
                centre.EligibleTo = random.Chance(0.93) ? Last : random.Int(centre.EligibleFrom, Snapshots);
            }
        }

        FixAuraEligibility(centres);
        return centres;
    }

    public List<Beneficiary> Medecins()
    {
        var rpps = new HashSet<string>(StringComparer.Ordinal);
        var medecins = new List<Beneficiary>(MedecinCount);
        for (var i = 0; i < MedecinCount; i++)
        {
            var department = random.Weighted(DepartmentWeights);
            var generalist = random.Chance(0.75);
            string id;
            do
            {
                id = "10" + random.Int(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
            }
            while (!rpps.Add(id));

            var from = random.Chance(0.9) ? 0 : random.Int(1, Snapshots);
            medecins.Add(new Beneficiary
            {
                Type = "medecin_liberal",
                Id = id,
                Department = department.Code,
                Region = department.RegionCode,
                Specialty = generalist ? "generaliste" : "specialiste",
                BaseFileActive = Math.Round(generalist ? random.Between(900, 2600) : random.Between(1200, 4000)),
                MedecinTraitantShare = generalist ? random.Between(0.6, 0.9) : random.Between(0.03, 0.2),
                EligibleFrom = from,
                EligibleTo = random.Chance(0.9) ? Last : random.Int(from, Snapshots),
            });
        }

        return medecins;
    }

    /// <summary>Médical or polyvalent centres, or single-theme ones engaged towards polyvalence, with at least 1 ETP médecin.</summary>
    public static bool CanBeEligible(Beneficiary centre) =>
        (centre.CentreType is "medical" or "polyvalent" || centre.EngagedTowardsPolyvalence == true) && centre.DoctorsFte >= 1;

    /// <summary>In Auvergne-Rhône-Alpes the snapshot in force in May 2021 lists exactly 25 eligible centres.</summary>
    private void FixAuraEligibility(List<Beneficiary> centres)
    {
        var candidates = centres.Where(c => c.Region == Aura && CanBeEligible(c)).ToList();
        var others = centres.Where(c => c.Region == Aura && c.CentreType == "dentaire").ToList();
        while (candidates.Count < AuraEligibleMay2021 + 5)
        {
            // Too few médical centres drawn in the region: turn dental centres into médical ones.
            var centre = others[^1];
            others.RemoveAt(others.Count - 1);
            centre.CentreType = "medical";
            centre.DoctorsFte = Math.Round(random.Between(1, 6), 1);
            candidates.Add(centre);
        }

        random.Shuffle(candidates);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i < AuraEligibleMay2021)
            {
                candidates[i].EligibleFrom = random.Int(1, AuraSnapshotMay2021 + 1);
                candidates[i].EligibleTo = Last;
            }
            else if (random.Chance(0.6))
            {
                candidates[i].EligibleFrom = random.Int(AuraSnapshotMay2021 + 1, Snapshots);
                candidates[i].EligibleTo = Last;
            }
            else
            {
                candidates[i].EligibleFrom = candidates[i].EligibleTo = -1;
            }
        }
    }

    private string NewFiness(string department, HashSet<string> taken)
    {
        string number;
        do
        {
            var body = department.Length == 3 ? department + random.Int(0, 100_000).ToString("D5", CultureInfo.InvariantCulture)
                                               : department + random.Int(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            number = body + (department.StartsWith('2') && !char.IsDigit(department[1]) ? random.Int(0, 10) : LuhnKey(body));
        }
        while (!taken.Add(number));

        return number;
    }

    /// <summary>FINESS check digit: Luhn over the first 8 characters.</summary>
    public static int LuhnKey(string eightDigits)
    {
        var sum = 0;
        for (var i = 1; i <= 8; i++)
        {
            var d = eightDigits[i - 1] - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return (10 - sum % 10) % 10;
    }

    private string CentreName(CogDepartment department, string type, int index)
    {
        var kind = type switch
        {
            "dentaire" => "Centre dentaire",
            "infirmier" => "Centre de soins infirmiers",
            "medical" => "Centre médical",
            _ => "Centre de santé",
        };
        var owner = random.Pick(["municipal", "mutualiste", "associatif", "de la CPAM", "universitaire", "communautaire"]);
        return $"{kind} {owner} {department.CapitalName} n° {(index % 97 + 1).ToString(CultureInfo.InvariantCulture)}";
    }

    private static List<(CogDepartment, double)> BuildWeights(DemoRandom random) =>
        CogReference.Departments.Select(d => (d, (s_large.Contains(d.Code) ? 3.0 : 1.0) * random.Between(0.5, 1.5))).ToList();
}
