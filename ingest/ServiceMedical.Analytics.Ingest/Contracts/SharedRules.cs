namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>Columns and rules that several datasets share.</summary>
internal static class SharedRules
{
    public static ColumnContract BeneficiaryType() =>
        new("type_beneficiaire", ColumnType.Code, true, "`centre_sante` or `medecin_liberal`", ValueCheck.OneOf(Codes.BeneficiaryTypes));

    public static ColumnContract BeneficiaryId() =>
        new("identifiant_beneficiaire", ColumnType.Text, true, "FINESS of the centre, or RPPS of the médecin libéral") { Repair = ColumnRepair.LeadingZero(9) };

    public static ColumnContract Department(bool required = true) =>
        new("code_departement", ColumnType.Text, required, "INSEE department code", ValueCheck.DepartmentInCog()) { Repair = ColumnRepair.LeadingZero(2) };

    public static ColumnContract Region(string description) =>
        new("code_region", ColumnType.Text, true, description, ValueCheck.RegionInCog()) { Repair = ColumnRepair.LeadingZero(2) };

    /// <summary>The identifier has the form its beneficiary type calls for: FINESS or RPPS.</summary>
    public static RowRule BeneficiaryIdMatchesType() => new(
        "identifiant_beneficiaire",
        // GLOB rather than a regular expression: this rule runs on every activity row (millions).
        "CASE {type_beneficiaire} WHEN 'centre_sante' THEN NOT ({identifiant_beneficiaire} GLOB '[0-9][0-9AB][0-9][0-9][0-9][0-9][0-9][0-9][0-9]') " +
        "WHEN 'medecin_liberal' THEN NOT ({identifiant_beneficiaire} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]') END",
        "identifiant non conforme au type (FINESS de 9 caractères pour un centre, RPPS de 11 chiffres pour un médecin)",
        "FINESS (9 characters) when `centre_sante`, RPPS (11 digits) when `medecin_liberal`");

    /// <summary>A centre named by its FINESS must exist in <c>centres_sante</c>.</summary>
    public static RowRule CentreExists() => new(
        "identifiant_beneficiaire",
        "{type_beneficiaire} = 'centre_sante' AND NOT EXISTS (SELECT 1 FROM centres_sante c WHERE c.finess = {identifiant_beneficiaire})",
        "centre de santé inconnu (FINESS absent de centres_sante)",
        "a `centre_sante` exists in `centres_sante`");

    public static RowRule NotBefore(string column, string earlier, string reason) => new(
        column, $"{{{column}}} < {{{earlier}}}", reason, $"`{column}` ≥ `{earlier}`");

    public static RowRule Exists(string column, string table, string targetColumn, string reason) => new(
        column, $"NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{targetColumn} = {{{column}}})", reason,
        $"`{column}` exists in `{table}.{targetColumn}`");
}
