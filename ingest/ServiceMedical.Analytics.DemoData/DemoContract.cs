namespace ServiceMedical.Analytics.DemoData;

/// <summary>An assistant-médical contract of the demo world, with how its file active really grew.</summary>
internal sealed class DemoContract
{
    public required string Number { get; init; }
    public required Beneficiary Beneficiary { get; init; }
    public required DateOnly Signed { get; init; }
    public required DateOnly Start { get; init; }

    /// <summary>The last day in force: five years from the start, less a day (docs/indicators.md, "Date rules").</summary>
    public DateOnly End => Start.AddYears(5).AddDays(-1);

    public required double AssistantsFte { get; init; }
    public required int ReferenceFileActive { get; init; }
    public required double ObjectivePct { get; init; }
    public DateOnly? Terminated { get; set; }

    /// <summary>Realised growth as a multiple of the objective (1 = exactly at objective).</summary>
    public required double Achievement { get; init; }

    /// <summary>True when the file active is at target from the first month (every 2020 contract of a médecin libéral).</summary>
    public required bool AtTargetFromStart { get; init; }

    /// <summary>The contract this one renews (the same beneficiary's previous one), if any.</summary>
    public DemoContract? Renews { get; init; }

    /// <summary>The file active this contract reaches: the reference raised by the objective, times the achievement.</summary>
    public double Reached => AtTargetFromStart
        ? ReferenceFileActive * (1 + ObjectivePct / 100) * 1.04
        : ReferenceFileActive * (1 + ObjectivePct / 100 * Achievement);

    /// <summary>This contract and those it renews, the first one first.</summary>
    public IReadOnlyList<DemoContract> Chain
    {
        get
        {
            var chain = new List<DemoContract>();
            for (var c = this; c is not null; c = c.Renews)
            {
                chain.Insert(0, c);
            }

            return chain;
        }
    }

    /// <summary>The status an extract taken on <paramref name="day"/> gives: terminated, over (its last day passed), or running.</summary>
    public string StatusOn(DateOnly day) => Terminated is not null ? "resilie" : End < day ? "echu" : "en_cours";

    /// <summary>The first day out of force: the day after its end, or its termination.</summary>
    public DateOnly OutFrom => Terminated is { } t && t <= End ? t : End.AddDays(1);
}
