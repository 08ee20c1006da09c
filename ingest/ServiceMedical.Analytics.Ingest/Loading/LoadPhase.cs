namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>Where a load stands; <see cref="Writing"/> is inside the load's transaction.</summary>
public enum LoadPhase
{
    Reading,
    Validating,
    Writing,
}
