using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>One small bad file per contract rule: after a valid row (line 2), the bad row is rejected at line 3, naming the column and the reason.</summary>
public sealed class ContractRuleTests(ContractRuleTests.World world) : IClassFixture<ContractRuleTests.World>
{
    private readonly TestDatabase _db = world.Database;

    /// <summary>One database for the class: bad files change nothing but the registry and the rejects.</summary>
    public sealed class World : IDisposable
    {
        public World() => ContractWorld.Load(Database);

        public TestDatabase Database { get; } = new();

        public void Dispose() => Database.Dispose();
    }

    public static TheoryData<string> Datasets() => new(DataContracts.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Datasets))]
    public void ValidRow_OfEveryDataset_Loads(string dataset)
    {
        var result = _db.Load($"{dataset}.csv", ContractWorld.Csv(DataContracts.Find(dataset)!, ContractWorld.ValidRow[dataset]));

        Assert.True(result.Status == LoadStatus.Succeeded, $"{result.Message} {string.Join("; ", _db.Rejects(result.LoadId!.Value))}");
        Assert.Equal(1, result.RowsAccepted);
    }

    public static TheoryData<string, string, string, string> BadRows() => new()
    {
        { "geographie", "code_departement=00", "code_departement", "département absent du COG 2025" },
        { "geographie", "code_region=99", "code_region", "région absente du COG 2025" },
        { "geographie", "code_region=11", "code_region", "région incohérente avec le COG 2025" },
        { "geographie", "libelle_departement=", "libelle_departement", "valeur obligatoire manquante" },
        { "centres_sante", "finess=1078005", "finess", "numéro FINESS invalide" },
        { "centres_sante", "finess=010780055", "finess", "numéro FINESS invalide" },
        { "centres_sante", "type_centre=hopital", "type_centre", "valeur hors liste" },
        { "centres_sante", "etp_medecins=beaucoup", "etp_medecins", "nombre décimal attendu" },
        { "centres_sante", "etp_medecins=-1", "etp_medecins", "valeur hors de l'intervalle [0 ; 500]" },
        { "centres_sante", "date_ouverture=32/01/2020", "date_ouverture", "date attendue" },
        { "centres_sante", "date_ouverture=01/01/2030", "date_ouverture", "postérieure au jour du chargement" },
        { "centres_sante", "engage_polyvalence=peut-être", "engage_polyvalence", "booléen attendu" },
        { "organismes_cqp", "code_organisme=X1", "code_organisme", "code organisme attendu" },
        { "organismes_cqp", "date_fin_agrement=01/01/2020", "date_fin_agrement", "fin d'agrément antérieure à l'agrément" },
        { "eligibilite", "identifiant_beneficiaire=12345678901", "identifiant_beneficiaire", "identifiant non conforme au type" },
        { "eligibilite", "identifiant_beneficiaire=380000006", "identifiant_beneficiaire", "centre de santé inconnu" },
        { "eligibilite", "file_active=-5", "file_active", "valeur inférieure à 0" },
        { "eligibilite", "date_extraction=01/01/2014", "date_extraction", "date hors période" },
        { "eligibilite", "type_beneficiaire=pharmacie", "type_beneficiaire", "valeur hors liste" },
        { "eligibilite", "code_departement=20", "code_departement", "département absent du COG 2025" },
        { "contrats_assistants_medicaux", "date_fin=02/02/2027", "date_fin", "durée du contrat hors limites" },
        { "contrats_assistants_medicaux", "date_fin=01/02/2021", "date_fin", "durée du contrat hors limites" },
        { "contrats_assistants_medicaux", "date_debut=01/01/2021", "date_debut", "début du contrat antérieur à sa signature" },
        { "contrats_assistants_medicaux", "statut=resilie", "date_resiliation", "contrat résilié sans date de résiliation" },
        { "contrats_assistants_medicaux", "statut=resilie|date_resiliation=01/01/2027", "date_resiliation", "hors de la période du contrat" },
        { "contrats_assistants_medicaux", "etp_assistants=5", "etp_assistants", "valeur hors de l'intervalle [0.1 ; 4]" },
        { "contrats_assistants_medicaux", "numero_contrat=a b", "numero_contrat", "identifiant attendu" },
        { "contrats_assistants_medicaux", "objectif_progression_pct=-1", "objectif_progression_pct", "valeur hors de l'intervalle [0 ; 100]" },
        { "contrats_assistants_medicaux", "file_active_reference=12.5", "file_active_reference", "nombre entier attendu" },
        { "contrats_assistants_medicaux", "date_signature=01/12/2026", "date_signature", "date hors période" },
        { "activite_mesuree", "mois=2021-13", "mois", "mois attendu" },
        { "activite_mesuree", "file_active=-1", "file_active", "valeur hors de l'intervalle" },
        { "activite_mesuree", "identifiant_beneficiaire=123", "identifiant_beneficiaire", "identifiant non conforme au type" },
        { "activite_mesuree", "type_beneficiaire=centre_sante|identifiant_beneficiaire=380000006", "identifiant_beneficiaire", "centre de santé inconnu" },
        { "actions_accompagnement", "identifiant_delegue=", "identifiant_delegue", "visite individuelle sans délégué" },
        { "actions_accompagnement", "type_action=sms", "type_action", "valeur hors liste" },
        { "actions_accompagnement", "identifiant_delegue=Jean Martin", "identifiant_delegue", "identifiant pseudonymisé attendu" },
        { "formations_cqp", "date_debut_formation=01/02/2024|heures_realisees=300", "heures_realisees", "au-delà de la durée du programme" },
        { "formations_cqp", "code_organisme=OF-009", "code_organisme", "organisme de formation inconnu" },
        { "formations_cqp", "date_debut_formation=01/01/2020", "code_organisme", "avant l'agrément de l'organisme" },
        { "formations_cqp", "numero_contrat=AM-XXXX", "numero_contrat", "contrat inconnu" },
        { "formations_cqp", "date_certification=01/01/2021", "date_certification", "certification antérieure au début" },
        { "formations_cqp", "profil_origine=medecin", "profil_origine", "valeur hors liste" },
        { "postes_recrutement", "profession=infirmier_conseil", "profession", "valeur hors liste" },
        { "postes_recrutement", "date_limite_candidature=01/05/2023", "date_limite_candidature", "date limite antérieure à la publication" },
        { "postes_recrutement", "campagne=2023-03", "campagne", "campagne attendue" },
        { "postes_recrutement", "employeur=hopital", "employeur", "valeur hors liste" },
        { "postes_recrutement", "code_region=00", "code_region", "région absente du COG 2025" },
        { "candidatures", "identifiant_poste=P-999", "identifiant_poste", "poste inconnu" },
        { "candidatures", "diplome=pharmacien", "diplome", "le diplôme ne correspond pas à la profession du poste" },
        { "candidatures", "date_candidature=15/02/2023", "date_candidature", "après la date limite" },
        { "candidatures", "identifiant_candidat=Jean Dupont", "identifiant_candidat", "identifiant pseudonymisé attendu" },
        { "candidatures", "identifiant_candidature=DUPONT Jean né le 12/03/1975 12 rue de la Paix", "identifiant_candidature", "identifiant attendu" },
        { "candidatures", "identifiant_candidature=DUPONT_12-03-1975", "identifiant_candidature", "sans espace ni date" },
        { "candidatures", "recevable=peut-être", "recevable", "booléen attendu" },
        { "entretiens", "duree_minutes=0", "duree_minutes", "valeur hors de l'intervalle [1 ; 240]" },
        { "entretiens", "date_decision=28/02/2023", "date_decision", "décision antérieure à l'entretien" },
        { "entretiens", "identifiant_candidature=CA-999", "identifiant_candidature", "candidature inconnue" },
        { "entretiens", "identifiant_poste=P-003", "identifiant_candidature", "la candidature porte sur un autre poste" },
        { "entretiens", "identifiant_poste=P-999", "identifiant_poste", "poste inconnu" },
        { "entretiens", "decision=peut-etre", "decision", "valeur hors liste" },
        { "nominations", "identifiant_candidature=CA-003", "identifiant_candidature", "nomination sans entretien retenu pour ce poste" },
        { "nominations", "date_prise_fonctions=01/03/2023", "date_prise_fonctions", "prise de fonctions antérieure à la publication" },
        { "nominations", "identifiant_poste=P-999", "identifiant_poste", "poste inconnu" },
        { "parcours_integration", "date_designation_tuteur=01/05/2023", "date_designation_tuteur", "tuteur désigné avant l'embauche" },
        { "parcours_integration", "modules_valides=11", "modules_valides", "plus de modules validés que prévus" },
        { "parcours_integration", "identifiant_candidature=CA-999", "identifiant_candidature", "candidature inconnue" },
        { "parcours_integration", "date_formation_en3s=01/01/2023", "date_formation_en3s", "formation EN3S antérieure à l'embauche" },
        { "parcours_integration", "date_fin_parcours=01/01/2023", "date_fin_parcours", "fin de parcours antérieure à l'embauche" },
        { "parcours_integration", "modules_prevus=0", "modules_prevus", "valeur hors de l'intervalle [1 ; 50]" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void BadRow_IsRejectedAtItsLine_NamingColumnAndReason(string dataset, string change, string column, string reason)
    {
        var contract = DataContracts.Find(dataset)!;
        var result = _db.Load($"{dataset}_bad.csv", ContractWorld.Csv(contract, ContractWorld.ValidRow[dataset], ContractWorld.With(dataset, change)));

        Assert.True(result.Status == LoadStatus.Failed && result.RowsRejected == 1, result.Message);
        Assert.Equal((2L, 0L, 1L), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
        var rejects = _db.Rejects(result.LoadId!.Value);
        Assert.Contains(rejects, r => r.Line == 3 && r.Column == column && r.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.All(rejects, r => Assert.Equal(3, r.Line));
        Assert.Equal(0, _db.Count($"SELECT count(*) FROM {contract.Table} WHERE load_id = {result.LoadId}"));
    }

    [Fact]
    public void DuplicateKey_SecondOccurrenceIsRejected_NamingTheFirstLine()
    {
        var row = ContractWorld.ValidRow["centres_sante"];
        var result = _db.Load("centres_sante_doublon.csv", ContractWorld.Csv(DataContracts.CentresSante, row, row));

        var reject = Assert.Single(_db.Rejects(result.LoadId!.Value));
        Assert.Equal((3L, "finess", "010780054"), (reject.Line, reject.Column, reject.Value));
        Assert.Equal("clé en double (finess) : déjà présente ligne 2", reject.Reason);
    }

    [Fact]
    public void FormationOf2023Cohort_May_Exceed279Hours_UpTo384()
    {
        var result = _db.Load("formations_cqp_2023.csv", ContractWorld.Csv(DataContracts.FormationsCqp,
            ContractWorld.With("formations_cqp", "date_debut_formation=01/09/2023|heures_realisees=384")));

        Assert.Equal(LoadStatus.Succeeded, result.Status);
    }
}
