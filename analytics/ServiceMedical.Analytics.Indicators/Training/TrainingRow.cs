using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Training;

/// <summary>CQP trainees of one organisation in one zone.</summary>
public sealed record TrainingRow : ZonedRow
{
    public string Organisation { get; init; } = "";

    public string OrganisationName { get; init; } = "";

    public long Trainees { get; init; }

    public long Certified { get; init; }

    public long InTraining { get; init; }

    public long Overdue { get; init; }

    public double HoursDone { get; init; }

    public long HoursPlanned { get; init; }

    public DateOnly? NextExpectedEnd { get; init; }

    /// <summary>Certified among those whose expected end has passed; null when none has.</summary>
    public double? Completion => Certified + Overdue == 0 ? null : (double)Certified / (Certified + Overdue);

    public double? Progress => HoursPlanned == 0 ? null : HoursDone / HoursPlanned;
}
