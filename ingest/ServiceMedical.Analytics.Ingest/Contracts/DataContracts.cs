using static ServiceMedical.Analytics.Ingest.Contracts.SharedRules;

namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// Every dataset the product ingests, in load order: a dataset comes after those it refers to.
/// This is the single source of truth for tables, validation and <c>docs/data-contracts.md</c>.
/// </summary>
public static class DataContracts
{
    private const string PseudonymPattern = "[A-Z]{1,4}-[0-9A-F]{6,32}";
    private const string PseudonymReason = "identifiant pseudonymisé attendu (préfixe, tiret, 6 à 32 caractères hexadécimaux)";

    public static readonly DatasetContract Geographie = new(
        "geographie", "Géographie",
        "INSEE departments with their region (COG 2025). The COG itself is built in; this extract lets an operator confirm it.",
        [
            Department(),
            new("libelle_departement", ColumnType.Text, true, "Department name"),
            Region("INSEE region code"),
            new("libelle_region", ColumnType.Text, true, "Region name"),
        ],
        ["code_departement"],
        [
            new("code_region",
                "{code_region} <> (SELECT d.region_code FROM ref_departements d WHERE d.code = {code_departement})",
                "région incohérente avec le COG 2025 pour ce département", "the region is the department's region in the COG"),
        ]);

    public static readonly DatasetContract CentresSante = new(
        "centres_sante", "Centres de santé",
        "Health centres, from the contract format or from the public FINESS extract (category 124).",
        [
            new("finess", ColumnType.Text, true, "FINESS ET number", ValueCheck.Finess()) { Repair = ColumnRepair.LeadingZero(9) },
            new("raison_sociale", ColumnType.Text, true, "Name of the centre (an organisation, not a person)"),
            Department(),
            new("type_centre", ColumnType.Code, false, "Kind of centre; empty when the source does not say (FINESS)", ValueCheck.OneOf(Codes.CentreTypes)),
            new("engage_polyvalence", ColumnType.Boolean, false, "A single-theme centre committed to becoming polyvalent"),
            new("etp_medecins", ColumnType.Decimal, false, "Full-time-equivalent doctors", ValueCheck.Between(0, 500)),
            new("date_ouverture", ColumnType.Date, false, "Opening date", ValueCheck.NotInFuture() with { FailsWhen = "{v} > $today", Reason = "date d'ouverture postérieure au jour du chargement", Documentation = "not after the day of the load" }),
        ],
        ["finess"],
        []);

    public static readonly DatasetContract OrganismesCqp = new(
        "organismes_cqp", "Organismes de formation CQP",
        "Training organisations approved to deliver the CQP assistant médical (12 in 2021, 31 later).",
        [
            new("code_organisme", ColumnType.Text, true, "Code of the organisation", ValueCheck.Pattern("OF-[0-9]{3}", "code organisme attendu de la forme OF-000")),
            new("libelle", ColumnType.Text, true, "Name of the organisation"),
            Region("Region of its head office"),
            new("date_agrement", ColumnType.Date, true, "Approval date", ValueCheck.NotInFuture()),
            new("date_fin_agrement", ColumnType.Date, false, "End of approval", ValueCheck.DateInRange()),
        ],
        ["code_organisme"],
        [NotBefore("date_fin_agrement", "date_agrement", "fin d'agrément antérieure à l'agrément")]);

    public static readonly DatasetContract Eligibilite = new(
        "eligibilite", "Éligibilité (instantanés semestriels)",
        "Semi-annual eligibility snapshots of centres de santé and médecins libéraux for the assistant-médical scheme. " +
        "A doctor practising in two departments may be listed in each; the indicators count them once, in the department of lowest code.",
        [
            new("date_extraction", ColumnType.Date, true, "Date of the snapshot (refreshed every six months)", ValueCheck.NotInFuture()),
            BeneficiaryType(),
            BeneficiaryId(),
            Department(),
            new("specialite", ColumnType.Code, false, "For a médecin: `generaliste` or `specialiste`", ValueCheck.OneOf(Codes.Specialties)),
            new("file_active", ColumnType.Integer, false, "Distinct patients followed at the snapshot", ValueCheck.AtLeast(0)),
            new("eligible", ColumnType.Boolean, true, "Eligible to the scheme at this snapshot"),
        ],
        // A doctor practising in two departments may be listed in each (indicators count them once: see eligibility_by_beneficiary).
        ["date_extraction", "type_beneficiaire", "identifiant_beneficiaire", "code_departement"],
        [BeneficiaryIdMatchesType(), CentreExists()])
    {
        Dating = ExtractDating.Snapshot("date_extraction"),
    };

    public static readonly DatasetContract ContratsAssistantsMedicaux = new(
        "contrats_assistants_medicaux", "Contrats assistants médicaux",
        "Contracts co-funding an assistant médical, with a centre de santé or a médecin libéral, for 5 years.",
        [
            new("numero_contrat", ColumnType.Text, true, "Contract number (a renewal is a new contract of the same beneficiary)", ValueCheck.Identifier()),
            BeneficiaryType(),
            BeneficiaryId(),
            Department(),
            new("date_signature", ColumnType.Date, true, "Signature date", ValueCheck.NotInFuture()),
            new("date_debut", ColumnType.Date, true, "Start of the contract", ValueCheck.DateInRange()),
            new("date_fin", ColumnType.Date, true, "End of the contract: 5 years after the start", ValueCheck.DateInRange()),
            new("etp_assistants", ColumnType.Decimal, true, "Full-time-equivalent assistants funded (at most 4 per centre, avenant 3)", ValueCheck.Between(0.1, 4)),
            new("file_active_reference", ColumnType.Integer, true, "Reference file active, from the real activity before the contract", ValueCheck.AtLeast(0)),
            new("objectif_progression_pct", ColumnType.Decimal, true, "Increase of the file active committed to, in % (0: keep the file active)", ValueCheck.Between(0, 100)),
            new("statut", ColumnType.Code, true, "`en_cours`, `resilie` or `echu`", ValueCheck.OneOf(Codes.ContractStatuses)),
            new("date_resiliation", ColumnType.Date, false, "Termination date, for a terminated contract", ValueCheck.DateInRange()),
        ],
        ["numero_contrat"],
        [
            BeneficiaryIdMatchesType(),
            CentreExists(),
            NotBefore("date_debut", "date_signature", "début du contrat antérieur à sa signature"),
            // Five years by the convention; an amendment (avenant) may shorten or lengthen a contract.
            new("date_fin",
                "{date_fin} <= {date_debut} OR {date_fin} > CAST({date_debut} + INTERVAL 6 YEAR AS DATE)",
                "durée du contrat hors limites : la fin doit suivre le début, de moins de 6 ans (5 ans, ou selon avenant)",
                "`date_fin` after `date_debut`, at most 6 years after (5 years, or as amended)"),
            new("date_resiliation", "{statut} = 'resilie' AND {date_resiliation} IS NULL",
                "contrat résilié sans date de résiliation", "a `resilie` contract has a `date_resiliation`", AppliesToMissing: true),
            new("date_resiliation", "{date_resiliation} < {date_debut} OR {date_resiliation} > {date_fin}",
                "date de résiliation hors de la période du contrat", "`date_resiliation` lies within the contract"),
        ])
    {
        Dating = ExtractDating.Events("date_signature"),
    };

    public static readonly DatasetContract ActiviteMesuree = new(
        "activite_mesuree", "Activité mesurée (file active)",
        "Measured activity per beneficiary and month: the file active (distinct patients seen over the last 12 months).",
        [
            BeneficiaryType(),
            BeneficiaryId(),
            new("mois", ColumnType.Month, true, "Month measured", ValueCheck.NotInFuture()),
            new("file_active", ColumnType.Integer, true, "File active", ValueCheck.Between(0, 1_000_000)),
            new("patients_medecin_traitant", ColumnType.Integer, false, "Patients who declared the médecin as médecin traitant", ValueCheck.AtLeast(0)),
        ],
        ["type_beneficiaire", "identifiant_beneficiaire", "mois"],
        [BeneficiaryIdMatchesType(), CentreExists()])
    {
        Dating = ExtractDating.Events("mois"),
    };

    public static readonly DatasetContract ActionsAccompagnement = new(
        "actions_accompagnement", "Actions d'accompagnement",
        "Support actions of the Assurance Maladie: webinars of each CPAM, mailings, individual visits by a délégué.",
        [
            new("identifiant_action", ColumnType.Text, true, "Identifier of the action for this beneficiary", ValueCheck.Identifier()),
            new("type_action", ColumnType.Code, true, "`webinaire`, `mailing` or `visite_delegue`", ValueCheck.OneOf(Codes.SupportActionTypes)),
            new("date_action", ColumnType.Date, true, "Date of the action", ValueCheck.NotInFuture()),
            Department(),
            BeneficiaryType(),
            BeneficiaryId(),
            new("identifiant_delegue", ColumnType.Text, false, "Pseudonymised délégué de l'Assurance Maladie", ValueCheck.Pattern(PseudonymPattern, PseudonymReason)),
        ],
        ["identifiant_action"],
        [
            BeneficiaryIdMatchesType(),
            CentreExists(),
            new("identifiant_delegue", "{type_action} = 'visite_delegue' AND {identifiant_delegue} IS NULL",
                "visite individuelle sans délégué", "a `visite_delegue` names its délégué", AppliesToMissing: true),
        ])
    {
        Dating = ExtractDating.Events("date_action"),
    };

    public static readonly DatasetContract FormationsCqp = new(
        "formations_cqp", "Formations CQP assistant médical",
        "Assistants in CQP training: organisation, start, hours done against the programme length of their cohort.",
        [
            new("identifiant_assistant", ColumnType.Text, true, "Pseudonymised assistant", ValueCheck.Pattern(PseudonymPattern, PseudonymReason)),
            new("numero_contrat", ColumnType.Text, false, "Contract funding the assistant", ValueCheck.Identifier()),
            new("code_organisme", ColumnType.Text, true, "Approved training organisation"),
            new("date_debut_formation", ColumnType.Date, true, "Start of the cohort", ValueCheck.NotInFuture()),
            new("heures_realisees", ColumnType.Decimal, true, "Hours of training done", ValueCheck.AtLeast(0)),
            new("profil_origine", ColumnType.Code, true, "`soignant` or `administratif`", ValueCheck.OneOf(Codes.TraineeBackgrounds)),
            new("date_certification", ColumnType.Date, false, "Date the CQP was obtained", ValueCheck.NotInFuture()),
        ],
        ["identifiant_assistant"],
        [
            Exists("numero_contrat", "contrats_assistants_medicaux", "numero_contrat", "contrat inconnu"),
            Exists("code_organisme", "organismes_cqp", "code_organisme", "organisme de formation inconnu"),
            new("code_organisme",
                "{date_debut_formation} < (SELECT o.date_agrement FROM organismes_cqp o WHERE o.code_organisme = {code_organisme})",
                "formation commencée avant l'agrément de l'organisme", "the cohort starts after the organisation's approval"),
            new("heures_realisees",
                "{heures_realisees} > (SELECT p.hours FROM ref_cqp_programme p WHERE p.starts_from <= {date_debut_formation} ORDER BY p.starts_from DESC LIMIT 1)",
                "heures réalisées au-delà de la durée du programme de la cohorte (384 h avant 2024, 279 h depuis)",
                "at most the programme length of the cohort: 384 h before 2024-01-01, 279 h from then"),
            NotBefore("date_certification", "date_debut_formation", "certification antérieure au début de la formation"),
        ])
    {
        Dating = ExtractDating.Events("date_debut_formation", "date_certification"),
    };

    public static readonly DatasetContract PostesRecrutement = new(
        "postes_recrutement", "Postes de praticiens-conseils",
        "Posts opened per campaign (January, May, October), profession and employer: the CNAM (a region's service médical) or an ARS.",
        [
            new("identifiant_poste", ColumnType.Text, true, "Post identifier", ValueCheck.Identifier()),
            new("campagne", ColumnType.Text, true, "Campaign `yyyy-01`, `yyyy-05` or `yyyy-10`", ValueCheck.Pattern("20[0-9]{2}-(01|05|10)", "campagne attendue de la forme aaaa-01, aaaa-05 ou aaaa-10")),
            new("profession", ColumnType.Code, true, "One of the three professions", ValueCheck.OneOf(Codes.Professions)),
            new("employeur", ColumnType.Code, true, "`cnam` or `ars`", ValueCheck.OneOf(Codes.Employers)),
            Region("Region of the post"),
            new("date_publication", ColumnType.Date, true, "Publication of the offer by the DG of the CNAM", ValueCheck.NotInFuture()),
            new("date_limite_candidature", ColumnType.Date, true, "Application deadline", ValueCheck.DateInRange()),
        ],
        ["identifiant_poste"],
        [NotBefore("date_limite_candidature", "date_publication", "date limite antérieure à la publication")])
    {
        Dating = ExtractDating.Events("date_publication"),
    };

    public static readonly DatasetContract Candidatures = new(
        "candidatures", "Candidatures",
        "Applications to a post; the candidate is pseudonymised.",
        [
            new("identifiant_candidature", ColumnType.Text, true, "Application identifier", ValueCheck.Identifier()),
            new("identifiant_candidat", ColumnType.Text, true, "Pseudonymised candidate", ValueCheck.Pattern(PseudonymPattern, PseudonymReason)),
            new("identifiant_poste", ColumnType.Text, true, "Post applied to", ValueCheck.Identifier()),
            new("date_candidature", ColumnType.Date, true, "Date of the application", ValueCheck.NotInFuture()),
            new("diplome", ColumnType.Code, true, "Diploma held: `medecin`, `chirurgien_dentiste` or `pharmacien`", ValueCheck.OneOf(Codes.Diplomas)),
            new("recevable", ColumnType.Boolean, true, "Admissible (recruitment on diploma)"),
        ],
        ["identifiant_candidature"],
        [
            Exists("identifiant_poste", "postes_recrutement", "identifiant_poste", "poste inconnu"),
            new("diplome",
                "{recevable} AND {diplome} <> (SELECT CASE p.profession WHEN 'medecin_conseil' THEN 'medecin' " +
                "WHEN 'chirurgien_dentiste_conseil' THEN 'chirurgien_dentiste' ELSE 'pharmacien' END " +
                "FROM postes_recrutement p WHERE p.identifiant_poste = {identifiant_poste})",
                "candidature recevable alors que le diplôme ne correspond pas à la profession du poste",
                "an admissible application holds the diploma of the post's profession"),
            new("date_candidature",
                "{recevable} AND {date_candidature} > (SELECT p.date_limite_candidature FROM postes_recrutement p WHERE p.identifiant_poste = {identifiant_poste})",
                "candidature recevable déposée après la date limite", "an admissible application arrived by the deadline"),
        ])
    {
        Dating = ExtractDating.Events("date_candidature"),
    };

    public static readonly DatasetContract Entretiens = new(
        "entretiens", "Entretiens et décisions",
        "Interviews before the jury (45 minutes by the arrêté) and the decision for the post.",
        [
            new("identifiant_entretien", ColumnType.Text, true, "Interview identifier", ValueCheck.Identifier()),
            new("identifiant_candidature", ColumnType.Text, true, "Application heard", ValueCheck.Identifier()),
            new("identifiant_poste", ColumnType.Text, true, "Post", ValueCheck.Identifier()),
            new("date_entretien", ColumnType.Date, true, "Date of the interview", ValueCheck.NotInFuture()),
            new("duree_minutes", ColumnType.Integer, true, "Length in minutes", ValueCheck.Between(1, 240)),
            new("jury_medecin_conseil_regional", ColumnType.Boolean, true, "Jury member 1°: médecin-conseil régional"),
            new("jury_medecin_conseil_regional_adjoint", ColumnType.Boolean, true, "Jury member 2°: médecin-conseil régional adjoint"),
            new("jury_praticien_chef_service", ColumnType.Boolean, true, "Jury member 3°: praticien chef de service"),
            new("jury_rh_cnam", ColumnType.Boolean, true, "Jury member 4°: HR specialist of the CNAM"),
            new("jury_ars", ColumnType.Boolean, true, "Jury member 5°: DG of ARS or representative (posts offered in ARS)"),
            new("decision", ColumnType.Code, true, "`retenu` or `non_retenu`", ValueCheck.OneOf(Codes.Decisions)),
            new("date_decision", ColumnType.Date, true, "Date of the decision", ValueCheck.NotInFuture()),
        ],
        ["identifiant_entretien"],
        [
            Exists("identifiant_poste", "postes_recrutement", "identifiant_poste", "poste inconnu"),
            Exists("identifiant_candidature", "candidatures", "identifiant_candidature", "candidature inconnue"),
            new("identifiant_candidature",
                "{identifiant_poste} <> (SELECT c.identifiant_poste FROM candidatures c WHERE c.identifiant_candidature = {identifiant_candidature})",
                "la candidature porte sur un autre poste", "the application is for the same post"),
            NotBefore("date_decision", "date_entretien", "décision antérieure à l'entretien"),
        ])
    {
        Dating = ExtractDating.Events("date_entretien", "date_decision"),
    };

    public static readonly DatasetContract Nominations = new(
        "nominations", "Nominations publiées",
        "List of retained candidates per post published by the DG of the CNAM, with the start date.",
        [
            new("identifiant_poste", ColumnType.Text, true, "Post", ValueCheck.Identifier()),
            new("identifiant_candidature", ColumnType.Text, true, "Retained application", ValueCheck.Identifier()),
            new("date_publication", ColumnType.Date, true, "Publication of the list", ValueCheck.NotInFuture()),
            new("date_prise_fonctions", ColumnType.Date, true, "Start date announced", ValueCheck.DateInRange()),
            new("prise_de_poste_effective", ColumnType.Boolean, false, "Whether the recruit took up the post; empty until known"),
        ],
        ["identifiant_poste"],
        [
            Exists("identifiant_poste", "postes_recrutement", "identifiant_poste", "poste inconnu"),
            new("identifiant_candidature",
                "NOT EXISTS (SELECT 1 FROM entretiens e WHERE e.identifiant_candidature = {identifiant_candidature} " +
                "AND e.identifiant_poste = {identifiant_poste} AND e.decision = 'retenu')",
                "nomination sans entretien retenu pour ce poste", "the application was `retenu` at an interview for this post"),
            NotBefore("date_prise_fonctions", "date_publication", "prise de fonctions antérieure à la publication"),
        ])
    {
        Dating = ExtractDating.Events("date_publication"),
    };

    public static readonly DatasetContract ParcoursIntegration = new(
        "parcours_integration", "Parcours d'intégration",
        "Mandatory modular integration path (at most 12 months, EN3S), with the tutor designated in the quarter after hiring.",
        [
            new("identifiant_candidature", ColumnType.Text, true, "Application of the recruit", ValueCheck.Identifier()),
            new("date_embauche", ColumnType.Date, true, "Hiring date", ValueCheck.NotInFuture()),
            new("date_designation_tuteur", ColumnType.Date, false, "Date a tutor was designated", ValueCheck.NotInFuture()),
            new("modules_prevus", ColumnType.Integer, true, "Modules in the path", ValueCheck.Between(1, 50)),
            new("modules_valides", ColumnType.Integer, true, "Modules completed", ValueCheck.AtLeast(0)),
            new("date_formation_en3s", ColumnType.Date, false, "Start of the EN3S training", ValueCheck.NotInFuture()),
            new("date_fin_parcours", ColumnType.Date, false, "Completion of the path", ValueCheck.NotInFuture()),
        ],
        ["identifiant_candidature"],
        [
            Exists("identifiant_candidature", "candidatures", "identifiant_candidature", "candidature inconnue"),
            NotBefore("date_designation_tuteur", "date_embauche", "tuteur désigné avant l'embauche"),
            NotBefore("date_formation_en3s", "date_embauche", "formation EN3S antérieure à l'embauche"),
            NotBefore("date_fin_parcours", "date_embauche", "fin de parcours antérieure à l'embauche"),
            new("modules_valides", "{modules_valides} > {modules_prevus}", "plus de modules validés que prévus", "`modules_valides` ≤ `modules_prevus`"),
        ])
    {
        Dating = ExtractDating.Events("date_embauche", "date_designation_tuteur", "date_formation_en3s", "date_fin_parcours"),
    };

    /// <summary>All datasets in load order.</summary>
    public static readonly IReadOnlyList<DatasetContract> All =
    [
        Geographie, CentresSante, OrganismesCqp, Eligibilite, ContratsAssistantsMedicaux, ActiviteMesuree,
        ActionsAccompagnement, FormationsCqp, PostesRecrutement, Candidatures, Entretiens, Nominations, ParcoursIntegration,
    ];

    public static DatasetContract? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
