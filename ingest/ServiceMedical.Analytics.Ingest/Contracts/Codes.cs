namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>Closed lists of codes used by the extracts.</summary>
public static class Codes
{
    public const string CentreSante = "centre_sante";
    public const string MedecinLiberal = "medecin_liberal";
    public static readonly string[] BeneficiaryTypes = [CentreSante, MedecinLiberal];

    public static readonly string[] CentreTypes = ["medical", "polyvalent", "dentaire", "infirmier", "autre_monothematique"];
    public static readonly string[] Specialties = ["generaliste", "specialiste"];
    public static readonly string[] ContractStatuses = ["en_cours", "resilie", "echu"];
    public static readonly string[] SupportActionTypes = ["webinaire", "mailing", "visite_delegue"];
    public static readonly string[] TraineeBackgrounds = ["soignant", "administratif"];

    // Arrêté du 21 décembre 2018: three professions, each with its own national competition.
    public static readonly string[] Professions = ["medecin_conseil", "chirurgien_dentiste_conseil", "pharmacien_conseil"];
    public static readonly string[] Diplomas = ["medecin", "chirurgien_dentiste", "pharmacien"];
    public static readonly string[] Employers = ["cnam", "ars"];
    public static readonly string[] Decisions = ["retenu", "non_retenu"];

    /// <summary>The diploma a profession is recruited on ("recrutement sur titre").</summary>
    public static string DiplomaOf(string profession) => profession switch
    {
        "medecin_conseil" => "medecin",
        "chirurgien_dentiste_conseil" => "chirurgien_dentiste",
        "pharmacien_conseil" => "pharmacien",
        _ => throw new ArgumentOutOfRangeException(nameof(profession), profession, null),
    };
}
