namespace ServiceMedical.Analytics.DemoData;

/// <summary>A centre de santé or a médecin libéral of the demo world.</summary>
internal sealed class Beneficiary
{
    public required string Type { get; init; }        // centre_sante or medecin_liberal
    public required string Id { get; init; }          // FINESS or RPPS
    public required string Department { get; init; }
    public required string Region { get; init; }
    public required double BaseFileActive { get; init; }

    /// <summary>First and last snapshot (indices into <see cref="DemoCalendar.Snapshots"/>) at which it is eligible; -1 when never.</summary>
    public int EligibleFrom { get; set; } = -1;
    public int EligibleTo { get; set; } = -1;

    // Centres only.
    public string? Name { get; init; }
    public string? CentreType { get; set; }
    public bool? EngagedTowardsPolyvalence { get; init; }
    public double? DoctorsFte { get; set; }
    public DateOnly? Opened { get; init; }

    // Médecins only.
    public string? Specialty { get; init; }
    public double MedecinTraitantShare { get; init; }

    public DemoContract? Contract { get; set; }

    public bool IsCentre => Type == "centre_sante";

    public bool EligibleAt(int snapshot) => EligibleFrom >= 0 && snapshot >= EligibleFrom && snapshot <= EligibleTo;
}
