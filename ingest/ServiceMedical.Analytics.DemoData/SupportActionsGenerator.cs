using System.Globalization;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Support actions: mailings, webinars run by each CPAM in its department, and individual visits by
/// délégués de l'Assurance Maladie, who contacted every eligible centre at the end of 2020.
/// Rows follow the contract <c>actions_accompagnement</c>.
/// </summary>
internal sealed class SupportActionsGenerator(DemoRandom random, DemoCalendar calendar)
{
    private int _sequence;

    public List<object?[]> Actions(IReadOnlyList<Beneficiary> centres, IReadOnlyList<Beneficiary> medecins)
    {
        var rows = new List<object?[]>();
        var delegates = centres.Concat(medecins).Select(b => b.Department).Distinct()
            .ToDictionary(d => d, _ => Enumerable.Range(0, random.Int(3, 9)).Select(_ => "DAM-" + random.Hex(8)).ToList(), StringComparer.Ordinal);

        foreach (var centre in centres.Where(c => c.EligibleFrom >= 0))
        {
            var firstEligible = calendar.Snapshots[centre.EligibleFrom];
            // Each eligible centre got a mailing after each snapshot that lists it.
            for (var s = centre.EligibleFrom; s <= centre.EligibleTo; s++)
            {
                rows.Add(Row("mailing", calendar.Snapshots[s].AddDays(random.Int(10, 40)), centre, null));
            }

            // End of 2020: the délégués contacted every centre eligible at the January 2021 snapshot for a tailored presentation.
            var visit = firstEligible <= new DateOnly(2021, 1, 1)
                ? new DateOnly(2020, 10, 1).AddDays(random.Int(0, 90))
                : firstEligible.AddDays(random.Int(15, 120));
            rows.Add(Row("visite_delegue", visit, centre, random.Pick(delegates[centre.Department])));
            if (random.Chance(0.35))
            {
                rows.Add(Row("webinaire", Webinar(visit.AddDays(-random.Int(20, 200))), centre, null));
            }
        }

        foreach (var medecin in medecins.Where(m => m.EligibleFrom >= 0))
        {
            // Support leads to the first contract; a renewal needs none.
            var contract = medecin.Contract?.Chain[0];
            if (medecin.EligibleFrom == 0)
            {
                rows.Add(Row("mailing", new DateOnly(2019, 10, 7), medecin, null));
            }

            if (contract is null)
            {
                if (random.Chance(0.06))
                {
                    rows.Add(Row("webinaire", Webinar(new DateOnly(2020, 1, 1).AddDays(random.Int(0, 2000))), medecin, null));
                }

                continue;
            }

            // Contracted médecins: most were seen by a délégué, some joined a webinar, a few signed after the mailing alone.
            var lead = random.Int(20, 200);
            var first = contract.Signed.AddDays(-lead);
            if (random.Chance(0.6))
            {
                rows.Add(Row("visite_delegue", first, medecin, random.Pick(delegates[medecin.Department])));
            }
            else if (random.Chance(0.5))
            {
                rows.Add(Row("webinaire", Webinar(first), medecin, null));
            }
        }

        return rows;
    }

    /// <summary>Webinars are on Tuesdays, within the demo's time frame.</summary>
    private DateOnly Webinar(DateOnly day)
    {
        var clamped = day < new DateOnly(2019, 9, 3) ? new DateOnly(2019, 9, 3) : day > calendar.DataCut ? calendar.DataCut : day;
        while (clamped.DayOfWeek != DayOfWeek.Tuesday)
        {
            clamped = clamped.AddDays(-1);
        }

        return clamped;
    }

    private object?[] Row(string type, DateOnly day, Beneficiary beneficiary, string? delegue)
    {
        if (day > calendar.DataCut)
        {
            day = calendar.DataCut;
        }

        _sequence++;
        return ["ACT-" + _sequence.ToString("D7", CultureInfo.InvariantCulture), type, day, beneficiary.Department, beneficiary.Type, beneficiary.Id, delegue];
    }
}
