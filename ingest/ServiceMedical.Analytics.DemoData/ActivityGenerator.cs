namespace ServiceMedical.Analytics.DemoData;

/// <summary>One month of measured activity.</summary>
internal readonly record struct ActivityRow(string Type, string Id, DateOnly Month, long FileActive, long? MedecinTraitant);

/// <summary>
/// Monthly file active. Under contract it grows towards reference × (1 + objective × achievement) over six months;
/// a 2020 médecin contract is at target from its first month; a renewal starts from what the contract it renews
/// reached. At national scale only contracted beneficiaries are measured (from a year before their first contract);
/// at xl scale every eligible beneficiary is, every month. Months run to the extract date.
/// </summary>
internal sealed class ActivityGenerator(int seed, DemoCalendar calendar)
{
    public IEnumerable<ActivityRow> Rows(IReadOnlyList<Beneficiary> beneficiaries, DemoScale scale)
    {
        foreach (var beneficiary in beneficiaries)
        {
            var chain = beneficiary.Contract?.Chain ?? [];
            DateOnly from, to;
            if (scale == DemoScale.Xl && beneficiary.EligibleFrom >= 0)
            {
                (from, to) = (DemoCalendar.FirstMonth, calendar.DataCut);
            }
            else if (chain.Count > 0)
            {
                var first = chain[0].Start.AddMonths(-12);
                from = first < DemoCalendar.FirstMonth ? DemoCalendar.FirstMonth : first;
                to = DemoCalendar.Min(chain[^1].OutFrom.AddDays(-1), calendar.DataCut);
            }
            else
            {
                continue;
            }

            // One random stream per beneficiary: the same rows whatever the scale or the order of writing.
            var random = new DemoRandom(unchecked(seed * 1_000_003) ^ StableHash(beneficiary.Id));
            foreach (var month in DemoCalendar.Months(from, to))
            {
                var fileActive = FileActive(beneficiary, chain.LastOrDefault(c => c.Start <= month), month, random);
                long? traitant = beneficiary.IsCentre ? null : (long)Math.Round(fileActive * beneficiary.MedecinTraitantShare);
                yield return new ActivityRow(beneficiary.Type, beneficiary.Id, month, fileActive, traitant);
            }
        }
    }

    private static long FileActive(Beneficiary beneficiary, DemoContract? contract, DateOnly month, DemoRandom random)
    {
        var noise = random.Between(-0.015, 0.015);
        if (contract is null)
        {
            return (long)Math.Round(beneficiary.BaseFileActive * (1 + noise));
        }

        var target = contract.ReferenceFileActive * (1 + contract.ObjectivePct / 100);
        if (contract.AtTargetFromStart)
        {
            // At or above target every month: 1 % to 8 % above it, whatever the noise.
            return (long)Math.Ceiling(target * (1.01 + random.Between(0, 0.07)));
        }

        var elapsed = DemoCalendar.MonthsBetween(contract.Start, month) + 1;
        var growth = contract.ObjectivePct / 100 * contract.Achievement * Math.Min(1, elapsed / 6.0);
        return (long)Math.Round(contract.ReferenceFileActive * (1 + growth) * (1 + noise));
    }

    private static int StableHash(string text)
    {
        // string.GetHashCode is randomised per process: fold the characters ourselves.
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }
}
