namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// Length of the CQP assistant médical programme by cohort start date: 384 h until the end of
/// 2023, 279 h for cohorts starting from 1 January 2024. Reference data, seeded into
/// <c>ref_cqp_programme</c>.
/// </summary>
public static class CqpProgramme
{
    public static readonly IReadOnlyList<(DateOnly StartsFrom, int Hours)> Lengths =
    [
        (new DateOnly(2019, 1, 1), 384),
        (new DateOnly(2024, 1, 1), 279),
    ];

    public static int HoursFor(DateOnly cohortStart) =>
        Lengths.Where(l => l.StartsFrom <= cohortStart).Select(l => l.Hours).LastOrDefault(Lengths[0].Hours);
}
