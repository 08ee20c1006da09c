namespace ServiceMedical.Analytics.DemoData;

/// <summary>An assistant-médical contract of the demo world, with how its file active really grew.</summary>
internal sealed class DemoContract
{
    public required string Number { get; init; }
    public required Beneficiary Beneficiary { get; init; }
    public required DateOnly Signed { get; init; }
    public required DateOnly Start { get; init; }
    public DateOnly End => Start.AddYears(5);
    public required double AssistantsFte { get; init; }
    public required int ReferenceFileActive { get; init; }
    public required double ObjectivePct { get; init; }
    public DateOnly? Terminated { get; init; }

    /// <summary>Realised growth as a multiple of the objective (1 = exactly at objective).</summary>
    public required double Achievement { get; init; }

    /// <summary>True when the file active is at target from the first month (every 2020 contract of a médecin libéral).</summary>
    public required bool AtTargetFromStart { get; init; }

    public string Status => Terminated is not null ? "resilie" : End <= DemoCalendar.DataCut ? "echu" : "en_cours";

    public DateOnly LastActiveDay => Min(Terminated ?? End, DemoCalendar.DataCut);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
