using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>
/// A small, valid world for rule tests: the rows other datasets refer to, and one valid row per
/// dataset from which each bad case changes a value or two.
/// </summary>
internal static class ContractWorld
{
    public static readonly Dictionary<string, Dictionary<string, string>> ValidRow = new()
    {
        ["geographie"] = Row("code_departement=01|libelle_departement=Ain|code_region=84|libelle_region=Auvergne-Rhône-Alpes"),
        ["centres_sante"] = Row("finess=010780054|raison_sociale=Centre médical de Viriat|code_departement=01|type_centre=medical|engage_polyvalence=non|etp_medecins=1,5|date_ouverture=01/06/2019"),
        ["organismes_cqp"] = Row("code_organisme=OF-002|libelle=Organisme de test|code_region=84|date_agrement=01/09/2020|date_fin_agrement="),
        ["eligibilite"] = Row("date_extraction=01/01/2021|type_beneficiaire=centre_sante|identifiant_beneficiaire=010000024|code_departement=01|specialite=|file_active=350|eligible=oui"),
        ["contrats_assistants_medicaux"] = Row("numero_contrat=AM-2021-0002|type_beneficiaire=medecin_liberal|identifiant_beneficiaire=10000000000|code_departement=01|date_signature=15/01/2021|date_debut=01/02/2021|date_fin=01/02/2026|etp_assistants=1|file_active_reference=1200|objectif_progression_pct=10|statut=en_cours|date_resiliation="),
        ["activite_mesuree"] = Row("type_beneficiaire=medecin_liberal|identifiant_beneficiaire=10000000000|mois=2021-03|file_active=1250|patients_medecin_traitant=800"),
        ["actions_accompagnement"] = Row("identifiant_action=ACT-2|type_action=visite_delegue|date_action=15/11/2020|code_departement=01|type_beneficiaire=centre_sante|identifiant_beneficiaire=010000024|identifiant_delegue=DAM-0A1B2C"),
        ["formations_cqp"] = Row("identifiant_assistant=AM-00AA11|numero_contrat=AM-2021-0001|code_organisme=OF-001|date_debut_formation=01/03/2021|heures_realisees=120,5|profil_origine=soignant|date_certification="),
        ["postes_recrutement"] = Row("identifiant_poste=P-002|campagne=2023-05|profession=medecin_conseil|employeur=ars|code_region=84|date_publication=10/05/2023|date_limite_candidature=10/06/2023"),
        ["candidatures"] = Row("identifiant_candidature=CA-002|identifiant_candidat=C-00AA11BB|identifiant_poste=P-001|date_candidature=01/02/2023|diplome=medecin|recevable=oui"),
        ["entretiens"] = Row("identifiant_entretien=E-002|identifiant_candidature=CA-001|identifiant_poste=P-001|date_entretien=01/03/2023|duree_minutes=45|jury_medecin_conseil_regional=oui|jury_medecin_conseil_regional_adjoint=oui|jury_praticien_chef_service=oui|jury_rh_cnam=oui|jury_ars=non|decision=non_retenu|date_decision=15/03/2023"),
        ["nominations"] = Row("identifiant_poste=P-001|identifiant_candidature=CA-001|date_publication=01/04/2023|date_prise_fonctions=01/06/2023|prise_de_poste_effective=oui"),
        ["parcours_integration"] = Row("identifiant_candidature=CA-001|date_embauche=01/06/2023|date_designation_tuteur=15/07/2023|modules_prevus=10|modules_valides=4|date_formation_en3s=01/09/2023|date_fin_parcours="),
    };

    /// <summary>Rows that the valid rows above refer to.</summary>
    private static readonly (string Dataset, string[] Rows)[] s_world =
    [
        ("centres_sante", ["finess=010000024|raison_sociale=Centre de santé de Bourg|code_departement=01|type_centre=polyvalent"]),
        ("organismes_cqp", ["code_organisme=OF-001|libelle=Organisme agréé|code_region=84|date_agrement=01/06/2020"]),
        ("contrats_assistants_medicaux", ["numero_contrat=AM-2021-0001|type_beneficiaire=centre_sante|identifiant_beneficiaire=010000024|code_departement=01|date_signature=10/11/2020|date_debut=01/12/2020|date_fin=01/12/2025|etp_assistants=2|file_active_reference=3000|objectif_progression_pct=8|statut=en_cours"]),
        ("postes_recrutement", [
            "identifiant_poste=P-001|campagne=2023-01|profession=medecin_conseil|employeur=cnam|code_region=84|date_publication=10/01/2023|date_limite_candidature=10/02/2023",
            "identifiant_poste=P-003|campagne=2023-01|profession=pharmacien_conseil|employeur=cnam|code_region=84|date_publication=10/01/2023|date_limite_candidature=10/02/2023",
        ]),
        ("candidatures", [
            "identifiant_candidature=CA-001|identifiant_candidat=C-00AA11CC|identifiant_poste=P-001|date_candidature=01/02/2023|diplome=medecin|recevable=oui",
            "identifiant_candidature=CA-003|identifiant_candidat=C-00AA11DD|identifiant_poste=P-001|date_candidature=02/02/2023|diplome=medecin|recevable=oui",
        ]),
        ("entretiens", ["identifiant_entretien=E-001|identifiant_candidature=CA-001|identifiant_poste=P-001|date_entretien=01/03/2023|duree_minutes=45|jury_medecin_conseil_regional=oui|jury_medecin_conseil_regional_adjoint=oui|jury_praticien_chef_service=oui|jury_rh_cnam=oui|jury_ars=non|decision=retenu|date_decision=15/03/2023"]),
    ];

    public static void Load(TestDatabase db)
    {
        foreach (var (dataset, rows) in s_world)
        {
            var result = db.Load($"{dataset}_world.csv", Csv(DataContracts.Find(dataset)!, rows.Select(Row).ToArray()));
            if (result.Status != LoadStatus.Succeeded)
            {
                throw new InvalidOperationException($"World of the rule tests does not load: {result.Message} {string.Join("; ", db.Rejects(result.LoadId!.Value))}");
            }
        }
    }

    /// <summary>A CSV of the dataset's columns, in contract order, <c>;</c>-separated.</summary>
    public static string Csv(DatasetContract dataset, params Dictionary<string, string>[] rows) =>
        string.Join(";", dataset.Columns.Select(c => c.Name)) + "\n" +
        string.Concat(rows.Select(r => string.Join(";", dataset.Columns.Select(c => r.GetValueOrDefault(c.Name, ""))) + "\n"));

    public static Dictionary<string, string> Row(string pairs) =>
        pairs.Split('|').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    public static Dictionary<string, string> With(string dataset, string overrides)
    {
        var row = new Dictionary<string, string>(ValidRow[dataset]);
        foreach (var (key, value) in Row(overrides))
        {
            row[key] = value;
        }

        return row;
    }
}
