using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Writes a deterministic, realistic national picture as extract files in the contract formats,
/// mixing separators, encodings and file kinds as real extracts do.
/// </summary>
public static class DemoDataGenerator
{
    public static DemoSummary Generate(DemoOptions options)
    {
        Directory.CreateDirectory(options.OutputFolder);
        var random = new DemoRandom(options.Seed);
        var structures = new StructuresGenerator(random);
        var centres = structures.Centres();
        var medecins = structures.Medecins();
        var contracts = new ContractsGenerator(random).Sign(centres, medecins);
        var training = new TrainingGenerator(random);
        var organisations = training.OrganisationRows();
        var trainees = training.TraineeRows(contracts);
        var actions = new SupportActionsGenerator(random).Actions(centres, medecins);
        var recruitment = new RecruitmentGenerator(random).Generate();

        var files = new List<(string, long)>();
        void Csv(string name, DatasetContract dataset, IReadOnlyCollection<object?[]> rows, ExtractStyle style)
        {
            ExtractWriter.Csv(Path.Combine(options.OutputFolder, name), dataset, rows, style);
            files.Add((name, rows.Count));
        }

        Csv("geographie.csv", DataContracts.Geographie, Geography(), ExtractStyle.IsoUtf8);
        Csv("centres_sante.csv", DataContracts.CentresSante, centres.Select(CentreRow).ToList(), ExtractStyle.FrenchWindows);
        Csv("organismes_cqp.csv", DataContracts.OrganismesCqp, organisations, ExtractStyle.FrenchUtf8Bom);
        for (var s = 0; s < DemoCalendar.Snapshots.Count; s++)
        {
            var snapshot = DemoCalendar.Snapshots[s];
            Csv($"eligibilite_{snapshot.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.csv", DataContracts.Eligibilite,
                EligibilityRows(centres, medecins, s).ToList(), s % 2 == 0 ? ExtractStyle.FrenchUtf8 : ExtractStyle.IsoUtf8);
        }

        var contractRows = contracts.Select(ContractRow).ToList();
        ExtractWriter.Xlsx(Path.Combine(options.OutputFolder, "contrats_assistants_medicaux.xlsx"), DataContracts.ContratsAssistantsMedicaux, contractRows);
        files.Add(("contrats_assistants_medicaux.xlsx", contractRows.Count));

        var activity = new ActivityGenerator(options.Seed).Rows([.. centres, .. medecins], options.Scale)
            .Select(a => new object?[] { a.Type, a.Id, a.Month, a.FileActive, a.MedecinTraitant });
        files.Add(("activite_mesuree.parquet",
            ExtractWriter.Parquet(Path.Combine(options.OutputFolder, "activite_mesuree.parquet"), DataContracts.ActiviteMesuree, activity)));

        Csv("actions_accompagnement.csv", DataContracts.ActionsAccompagnement, actions, ExtractStyle.IsoUtf8);
        Csv("formations_cqp.csv", DataContracts.FormationsCqp, trainees, ExtractStyle.FrenchWindows);
        Csv("postes_recrutement.csv", DataContracts.PostesRecrutement, recruitment.Posts, ExtractStyle.FrenchUtf8);
        Csv("candidatures.csv", DataContracts.Candidatures, recruitment.Applications, ExtractStyle.IsoUtf8Bom);
        Csv("entretiens.csv", DataContracts.Entretiens, recruitment.Interviews, ExtractStyle.FrenchWindows);
        Csv("nominations.csv", DataContracts.Nominations, recruitment.Nominations, ExtractStyle.IsoUtf8);
        Csv("parcours_integration.csv", DataContracts.ParcoursIntegration, recruitment.Integrations, ExtractStyle.FrenchUtf8);

        var auraEligible = centres.Count(c => c.Region == StructuresGenerator.Aura && c.EligibleAt(StructuresGenerator.AuraSnapshotMay2021));
        return new DemoSummary(files, contracts.Count, auraEligible);
    }

    private static List<object?[]> Geography() =>
        CogReference.Departments.Select(d => new object?[]
        {
            d.Code, d.Name, d.RegionCode, CogReference.Regions.First(r => r.Code == d.RegionCode).Name,
        }).ToList();

    private static object?[] CentreRow(Beneficiary c) =>
        [c.Id, c.Name, c.Department, c.CentreType, c.EngagedTowardsPolyvalence, c.DoctorsFte, c.Opened];

    /// <summary>Centres are listed with their eligibility flag; médecins only when eligible (the list the scheme sends).</summary>
    private static IEnumerable<object?[]> EligibilityRows(List<Beneficiary> centres, List<Beneficiary> medecins, int snapshot)
    {
        var day = DemoCalendar.Snapshots[snapshot];
        foreach (var c in centres.Where(c => StructuresGenerator.CanBeEligible(c) && c.Opened <= day))
        {
            yield return [day, c.Type, c.Id, c.Department, null, (long)c.BaseFileActive, c.EligibleAt(snapshot)];
        }

        foreach (var m in medecins.Where(m => m.EligibleAt(snapshot)))
        {
            yield return [day, m.Type, m.Id, m.Department, m.Specialty, (long)m.BaseFileActive, true];
        }
    }

    private static object?[] ContractRow(DemoContract c) =>
    [
        c.Number, c.Beneficiary.Type, c.Beneficiary.Id, c.Beneficiary.Department, c.Signed, c.Start, c.End,
        c.AssistantsFte, (long)c.ReferenceFileActive, c.ObjectivePct, c.Status, c.Terminated,
    ];
}
