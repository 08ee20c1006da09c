namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>Small data sets written by hand for the indicator tests.</summary>
internal static class Fixtures
{
    /// <summary>One assistant-médical contract (ETP 1, reference 1,000, objective 10 %), terminated when a termination day is given.</summary>
    /// <summary>
    /// Contracts of Corse-du-Sud (region 94, where the other fixtures sign nothing), one centre per day in
    /// <paramref name="signed"/>, in force from 1 June 2021.
    /// </summary>
    public static string CorseDuSud(params string[] signed) =>
        string.Concat(signed.Select((day, i) => Contract($"AM-2A-{i}", "centre_sante", $"2A00000{i:00}", "2A", day, "2021-06-01", "2026-05-31")));

    /// <summary>Corse-du-Sud signs 5 contracts in January 2021, 1 in February and 4 in March.</summary>
    public static string CorseDuSudFirstQuarter => CorseDuSud("2021-01-04", "2021-01-05", "2021-01-06", "2021-01-07", "2021-01-08", "2021-02-01", "2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04");

    public static string Contract(string number, string type, string id, string department, string signed, string start, string end, string? terminated = null) => $"""
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation)
        VALUES (9, '{number}', '{type}', '{id}', '{department}', DATE '{signed}', DATE '{start}', DATE '{end}', 1, 1000, 10,
            '{(terminated is null ? "en_cours" : "resilie")}', {(terminated is null ? "NULL" : $"DATE '{terminated}'")});
        """;

    /// <summary>
    /// Fixture, by hand. Snapshots 1 January 2021 (valid to 30 June) and 1 July 2021 (valid to today, 31 December 2021).
    /// Centres A (Ain, 01), B and C (Rhône, 69) in Auvergne-Rhône-Alpes (84), P (Paris, 75) in Île-de-France (11);
    /// médecin M (Ain).
    ///   S1: A, B, M, P eligible; C listed but not eligible.      S2: A, C, M, P eligible; B no longer listed.
    /// Contracts: A signed 10/03/2021; P signed 15/01/2021; M signed 01/08/2021; C signed 01/06/2020, terminated 15/12/2020.
    /// </summary>
    public const string CentresEligibilityContracts = """
        INSERT INTO centres_sante (load_id, finess, raison_sociale, code_departement, type_centre) VALUES
            (1, '010000024', 'A', '01', 'polyvalent'), (1, '690000001', 'B', '69', 'medical'),
            (1, '690000002', 'C', '69', 'medical'), (1, '750000001', 'P', '75', 'polyvalent');
        INSERT INTO eligibilite (load_id, date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement, eligible) VALUES
            (2, DATE '2021-01-01', 'centre_sante', '010000024', '01', true),
            (2, DATE '2021-01-01', 'centre_sante', '690000001', '69', true),
            (2, DATE '2021-01-01', 'centre_sante', '690000002', '69', false),
            (2, DATE '2021-01-01', 'medecin_liberal', '10000000001', '01', true),
            (2, DATE '2021-01-01', 'centre_sante', '750000001', '75', true),
            (3, DATE '2021-07-01', 'centre_sante', '010000024', '01', true),
            (3, DATE '2021-07-01', 'centre_sante', '690000002', '69', true),
            (3, DATE '2021-07-01', 'medecin_liberal', '10000000001', '01', true),
            (3, DATE '2021-07-01', 'centre_sante', '750000001', '75', true);
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut, date_resiliation) VALUES
            (4, 'AM-A', 'centre_sante', '010000024', '01', DATE '2021-03-10', DATE '2021-04-01', DATE '2026-04-01', 1, 3000, 10, 'en_cours', NULL),
            (4, 'AM-P', 'centre_sante', '750000001', '75', DATE '2021-01-15', DATE '2021-02-01', DATE '2026-02-01', 2, 5000, 8, 'en_cours', NULL),
            (4, 'AM-M', 'medecin_liberal', '10000000001', '01', DATE '2021-08-01', DATE '2021-09-01', DATE '2026-09-01', 1, 1500, 10, 'en_cours', NULL),
            (4, 'AM-C', 'centre_sante', '690000002', '69', DATE '2020-06-01', DATE '2020-07-01', DATE '2025-07-01', 1, 2000, 10, 'resilie', DATE '2020-12-15');
        """;
}
