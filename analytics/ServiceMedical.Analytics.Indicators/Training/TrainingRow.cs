namespace ServiceMedical.Analytics.Indicators.Training;

/// <summary>CQP trainees of one organisation in one zone.</summary>
public sealed record TrainingRow(
    string Organisation, string OrganisationName, string Zone, string ZoneName,
    long Trainees, long Certified, long InTraining, long Overdue, double HoursDone, long HoursPlanned, DateOnly? NextExpectedEnd)
{
    /// <summary>Certified among those whose expected end has passed; null when none has.</summary>
    public double? Completion => Certified + Overdue == 0 ? null : (double)Certified / (Certified + Overdue);

    public double? Progress => HoursPlanned == 0 ? null : HoursDone / HoursPlanned;
}
