using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Attainment;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecasts;
using ServiceMedical.Analytics.Indicators.Recruitment;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Support;
using ServiceMedical.Analytics.Indicators.Training;
using ServiceMedical.Analytics.Indicators.Uptake;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// An indicator the command line and the exports know by name, with the datasets it reads: their extract dates give
/// the data horizon its figures are true at.
/// </summary>
public sealed record IndicatorDefinition(string Name, string Title, string SqlResource, IReadOnlyList<string> Datasets, IReadOnlyList<string> Headers,
    Func<DuckDBConnection, DataHorizon, UserScope, IndicatorFilter, IndicatorTable> Run)
{
    /// <summary>The columns, typed by the indicator's row type.</summary>
    internal object Columns { get; init; } = Array.Empty<object>();

    /// <summary>The table of rows already read with the indicator's typed query (the dashboard charts them first).</summary>
    public IndicatorTable Tabulate<TRow>(IReadOnlyList<TRow> rows) =>
        IndicatorTables.From(rows, Columns as IReadOnlyList<TableColumn<TRow>>
            ?? throw new ArgumentException($"The rows of '{Name}' are not {typeof(TRow).Name}.", nameof(rows)));
}

/// <summary>Every indicator, by its export name; definitions are in docs/indicators.md.</summary>
public static class IndicatorCatalog
{
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Define<UptakeRow>("adhesion", "Adhésion par instantané d'éligibilité", UptakeQuery.Source, (c, h) => new UptakeQuery(c, h).Run,
        [
            new("Instantané", r => r.Snapshot), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Compté au", r => r.MeasuredOn),
            new("Éligibles", r => r.Eligible), new("Sous contrat", r => r.Contracted), new("Taux d'adhésion", r => r.Rate, ColumnKind.Share),
        ]),
        Define<ContractsOverTimeRow>("contrats", "Contrats signés et en vigueur", ContractsOverTimeQuery.Source, (c, h) => new ContractsOverTimeQuery(c, h).Run,
        [
            new("Période", r => r.Period), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
            new("Contrats signés dans la période", r => r.Signed), new("Contrats signés cumulés", r => r.SignedToDate),
            new("Nouveaux signataires dans la période", r => r.NewSigners), new("Signataires cumulés", r => r.SignersToDate),
            new("Contrats en vigueur en fin de période", r => r.InForce),
        ]),
        Define<AttainmentRow>("atteinte-objectifs", "Atteinte des objectifs par année de contrat", AttainmentQuery.Source, (c, h) => new AttainmentQuery(c, h).Run,
        [
            new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Type de bénéficiaire", r => r.BeneficiaryType, ColumnKind.Code),
            new("Année de signature", r => r.Cohort), new("Année de contrat", r => r.ContractYear),
            new("Années mesurées", r => r.Measured), new("Années échues sans mesure", r => r.NotMeasured), new("À l'objectif ou au-delà", r => r.AtObjective),
            new("Part à l'objectif (années mesurées)", r => r.ShareAtObjective, ColumnKind.Share), new("Atteinte < 50 %", r => r.BelowHalf), new("Atteinte 50-100 %", r => r.HalfToFull),
            new("Atteinte 100-150 %", r => r.FullTo150), new("Atteinte ≥ 150 %", r => r.Above150), new("Atteinte médiane", r => r.MedianAttainment, ColumnKind.Share),
        ]),
        Define<SupportConversionRow>("conversion-accompagnement", "Conversion par type d'accompagnement", SupportConversionQuery.Source, (c, h) => new SupportConversionQuery(c, h).Run,
        [
            new("Type d'action", r => r.ActionType, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
            new("Bénéficiaires touchés", r => r.Reached), new("Ayant signé ensuite", r => r.Signed), new("Taux de conversion", r => r.Rate, ColumnKind.Share),
        ]),
        Define<TimeToSignatureRow>("delai-signature", "Délai du premier contact à la signature", TimeToSignatureQuery.Source, (c, h) => new TimeToSignatureQuery(c, h).Run,
        [
            new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Type de bénéficiaire", r => r.BeneficiaryType, ColumnKind.Code),
            new("Contrats signés", r => r.Contracts), new("Avec un contact préalable", r => r.WithContact),
            new("Délai médian (jours)", r => r.MedianDays), new("Délai 90e centile (jours)", r => r.P90Days),
        ]),
        Define<TrainingRow>("formation-cqp", "Formation CQP par organisme", TrainingQuery.Source, (c, h) => new TrainingQuery(c, h).Run,
        [
            new("Code organisme", r => r.Organisation), new("Organisme", r => r.OrganisationName), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
            new("Stagiaires", r => r.Trainees), new("Certifiés", r => r.Certified), new("En formation", r => r.InTraining), new("En retard", r => r.Overdue),
            new("Taux d'achèvement", r => r.Completion, ColumnKind.Share), new("Heures réalisées", r => r.HoursDone), new("Heures prévues", r => r.HoursPlanned),
            new("Prochaine fin prévue", r => r.NextExpectedEnd),
        ]),
        Define<RecruitmentFlowRow>("recrutement-flux", "Flux de recrutement des praticiens-conseils", RecruitmentFlowQuery.Source, (c, h) => new RecruitmentFlowQuery(c, h).Run,
        [
            new("Campagne", r => r.Campaign), new("Profession", r => r.Profession, ColumnKind.Code), new("Employeur", r => r.Employer, ColumnKind.Code),
            new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Postes ouverts", r => r.Posts), new("Candidatures", r => r.Applications),
            new("Candidatures recevables", r => r.Admissible), new("Candidatures auditionnées", r => r.Interviewed),
            new("Postes avec un candidat retenu", r => r.Retained), new("Postes pourvus (nomination publiée)", r => r.Filled),
            new("Postes dont le lauréat a pris son poste", r => r.Started), new("Postes dont le lauréat n'a pas pris son poste", r => r.Declined),
            new("Prises de poste à venir ou non connues", r => r.StartPending), new("Taux de pourvoi", r => r.FillRate, ColumnKind.Share),
            new("Taux de prise de poste", r => r.TakeUp, ColumnKind.Share),
        ]),
        Define<RecruitmentDelayRow>("recrutement-delais", "Délais de recrutement", RecruitmentDelayQuery.Source, (c, h) => new RecruitmentDelayQuery(c, h).Run,
        [
            new("Profession", r => r.Profession, ColumnKind.Code), new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
            new("Postes pourvus", r => r.PostsFilled),
            new("Clôture → décision, médiane (jours)", r => r.DecisionMedian), new("Clôture → décision, 90e centile", r => r.DecisionP90),
            new("Décision → publication, médiane", r => r.PublicationMedian), new("Décision → publication, 90e centile", r => r.PublicationP90),
            new("Publication → prise de fonctions, médiane", r => r.StartMedian), new("Publication → prise de fonctions, 90e centile", r => r.StartP90),
        ]),
        Define<JuryComplianceRow>("jurys", "Conformité des jurys", JuryComplianceQuery.Source, (c, h) => new JuryComplianceQuery(c, h).Run,
        [
            new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Entretiens", r => r.Interviews),
            new("Jury complet", r => r.CompleteJury), new("Entretiens pour l'ARS", r => r.ArsInterviews), new("Membre ARS présent", r => r.ArsMemberPresent),
            new("Durée de 45 minutes", r => r.FortyFiveMinutes), new("Conformes", r => r.Compliant), new("Taux de conformité", r => r.ComplianceRate, ColumnKind.Share),
        ]),
        Define<IntegrationRow>("integration", "Intégration des praticiens-conseils recrutés", IntegrationQuery.Source, (c, h) => new IntegrationQuery(c, h).Run,
        [
            new("Employeur", r => r.Employer, ColumnKind.Code), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Recrutés", r => r.Recruits),
            new("Tuteur dans le trimestre", r => r.TutorInQuarter), new("Tuteur en retard", r => r.TutorLate), new("Sans tuteur, hors délai", r => r.TutorMissing),
            new("Sans tuteur, dans le délai", r => r.TutorPending), new("Parcours achevé en 12 mois", r => r.PathIn12Months),
            new("Parcours achevé au-delà", r => r.PathLate), new("Parcours non achevé, hors délai", r => r.PathOverdue),
            new("Parcours en cours", r => r.PathPending),
        ]),
        Define<ForecastRow>("prevision-adhesion", "Prévision de l'adhésion (cumul des signataires)", ForecastQuery.Source, (c, h) => new ForecastQuery(c, h).Run,
        [
            new("Mois", r => r.Month), new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName),
            new("Nature", r => r.IsForecast ? "prévision" : "observé"), new("Signataires cumulés", r => r.Cumulative),
            new("Intervalle 80 % bas", r => r.Low80), new("Intervalle 80 % haut", r => r.High80),
            new("Intervalle 95 % bas", r => r.Low95), new("Intervalle 95 % haut", r => r.High95), new("Éligibles", r => r.Eligible),
        ]),
        Define<ForecastAccuracyRow>("prevision-precision", "Précision des modèles de prévision", ForecastAccuracyQuery.Source, (c, h) => new ForecastAccuracyQuery(c, h).Run,
        [
            new("Code zone", r => r.Zone), new("Zone", r => r.ZoneName), new("Modèle", r => r.Label), new("Retenu", r => r.Chosen ? "oui" : "non"),
            new("Erreur absolue moyenne", r => r.Mae), new("MASE", r => r.Mase),
            new("Couverture de l'intervalle à 80 %", r => r.Coverage80, ColumnKind.Share), new("Couverture de l'intervalle à 95 %", r => r.Coverage95, ColumnKind.Share),
        ]),
    ];

    public static IndicatorDefinition? Find(string name) => All.FirstOrDefault(i => i.Name == name);

    public static IndicatorDefinition Get(string name) => Find(name) ?? throw new ArgumentException($"Unknown indicator '{name}'.", nameof(name));

    private static IndicatorDefinition Define<TRow>(string name, string title, IndicatorSource source,
        Func<DuckDBConnection, DataHorizon, Func<UserScope, IndicatorFilter, IReadOnlyList<TRow>>> query, IReadOnlyList<TableColumn<TRow>> columns) =>
        new(name, title, source.Resource, source.Datasets, columns.Select(c => c.Header).ToList(),
            (connection, horizon, user, filter) => IndicatorTables.From(query(connection, horizon)(user, filter), columns))
        {
            Columns = columns,
        };
}
