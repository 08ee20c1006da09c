using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.DemoData;

/// <summary>
/// Writes a deterministic, realistic national picture as extract files in the contract formats, up to the month
/// asked: mixing separators, encodings and file kinds as real extracts do, each file named with its extract date
/// (the last day of that month) so that the figures are complete to it.
/// </summary>
public static class DemoDataGenerator
{
    public static DemoSummary Generate(DemoOptions options)
    {
        if (options.Until < DemoOptions.EarliestUntil)
        {
            throw new ArgumentException(
                $"the demo runs up to {DemoOptions.EarliestUntil:yyyy-MM} at the earliest (the facts it shows need it), not {options.Until:yyyy-MM}", nameof(options));
        }

        Directory.CreateDirectory(options.OutputFolder);
        var calendar = new DemoCalendar(options.Until);
        var random = new DemoRandom(options.Seed);
        var structures = new StructuresGenerator(random, calendar);
        var centres = structures.Centres();
        var medecins = structures.Medecins();
        var contracts = new ContractsGenerator(random, calendar).Sign(centres, medecins);
        var training = new TrainingGenerator(random, calendar);
        var organisations = training.OrganisationRows();
        var trainees = training.TraineeRows(contracts);
        var actions = new SupportActionsGenerator(random, calendar).Actions(centres, medecins);
        var recruitment = new RecruitmentGenerator(random, calendar).Generate();

        var extracted = calendar.DataCut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Name(DatasetContract dataset, string extension) => $"{dataset.Name}_{extracted}.{extension}";
        var files = new List<(string, long)>();
        void Csv(string name, DatasetContract dataset, IReadOnlyCollection<object?[]> rows, ExtractStyle style)
        {
            ExtractWriter.Csv(Path.Combine(options.OutputFolder, name), dataset, rows, style);
            files.Add((name, rows.Count));
        }

        Csv(Name(DataContracts.Geographie, "csv"), DataContracts.Geographie, Geography(), ExtractStyle.IsoUtf8);
        Csv(Name(DataContracts.CentresSante, "csv"), DataContracts.CentresSante, centres.Select(CentreRow).ToList(), ExtractStyle.FrenchWindows);
        Csv(Name(DataContracts.OrganismesCqp, "csv"), DataContracts.OrganismesCqp, organisations, ExtractStyle.FrenchUtf8Bom);
        for (var s = 0; s < calendar.Snapshots.Count; s++)
        {
            // A snapshot is named by its month: it states eligibility on that day, it is not extracted up to a day.
            var snapshot = calendar.Snapshots[s];
            Csv($"eligibilite_{snapshot.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.csv", DataContracts.Eligibilite,
                EligibilityRows(centres, medecins, calendar, s).ToList(), s % 2 == 0 ? ExtractStyle.FrenchUtf8 : ExtractStyle.IsoUtf8);
        }

        var contractRows = contracts.Select(c => ContractRow(c, calendar)).ToList();
        var contractsFile = Name(DataContracts.ContratsAssistantsMedicaux, "xlsx");
        ExtractWriter.Xlsx(Path.Combine(options.OutputFolder, contractsFile), DataContracts.ContratsAssistantsMedicaux, contractRows);
        files.Add((contractsFile, contractRows.Count));

        var activity = new ActivityGenerator(options.Seed, calendar).Rows([.. centres, .. medecins], options.Scale)
            .Select(a => new object?[] { a.Type, a.Id, a.Month, a.FileActive, a.MedecinTraitant });
        var activityFile = Name(DataContracts.ActiviteMesuree, "parquet");
        files.Add((activityFile, ExtractWriter.Parquet(Path.Combine(options.OutputFolder, activityFile), DataContracts.ActiviteMesuree, activity)));

        Csv(Name(DataContracts.ActionsAccompagnement, "csv"), DataContracts.ActionsAccompagnement, actions, ExtractStyle.IsoUtf8);
        Csv(Name(DataContracts.FormationsCqp, "csv"), DataContracts.FormationsCqp, trainees, ExtractStyle.FrenchWindows);
        Csv(Name(DataContracts.PostesRecrutement, "csv"), DataContracts.PostesRecrutement, recruitment.Posts, ExtractStyle.FrenchUtf8);
        Csv(Name(DataContracts.Candidatures, "csv"), DataContracts.Candidatures, recruitment.Applications, ExtractStyle.IsoUtf8Bom);
        Csv(Name(DataContracts.Entretiens, "csv"), DataContracts.Entretiens, recruitment.Interviews, ExtractStyle.FrenchWindows);
        Csv(Name(DataContracts.Nominations, "csv"), DataContracts.Nominations, recruitment.Nominations, ExtractStyle.IsoUtf8);
        Csv(Name(DataContracts.ParcoursIntegration, "csv"), DataContracts.ParcoursIntegration, recruitment.Integrations, ExtractStyle.FrenchUtf8);

        var auraEligible = centres.Count(c => c.Region == StructuresGenerator.Aura && c.EligibleAt(StructuresGenerator.AuraSnapshotMay2021));
        return new DemoSummary(files, contracts.Count, auraEligible, calendar.DataCut);
    }

    private static List<object?[]> Geography() =>
        CogReference.Departments.Select(d => new object?[]
        {
            d.Code, d.Name, d.RegionCode, CogReference.Regions.First(r => r.Code == d.RegionCode).Name,
        }).ToList();

    private static object?[] CentreRow(Beneficiary c) =>
        [c.Id, c.Name, c.Department, c.CentreType, c.EngagedTowardsPolyvalence, c.DoctorsFte, c.Opened];

    /// <summary>Centres are listed with their eligibility flag; médecins only when eligible (the list the scheme sends).</summary>
    private static IEnumerable<object?[]> EligibilityRows(List<Beneficiary> centres, List<Beneficiary> medecins, DemoCalendar calendar, int snapshot)
    {
        var day = calendar.Snapshots[snapshot];
        foreach (var c in centres.Where(c => StructuresGenerator.CanBeEligible(c) && c.Opened <= day))
        {
            yield return [day, c.Type, c.Id, c.Department, null, (long)c.BaseFileActive, c.EligibleAt(snapshot)];
        }

        foreach (var m in medecins.Where(m => m.EligibleAt(snapshot)))
        {
            yield return [day, m.Type, m.Id, m.Department, m.Specialty, (long)m.BaseFileActive, true];
        }
    }

    private static object?[] ContractRow(DemoContract c, DemoCalendar calendar) =>
    [
        c.Number, c.Beneficiary.Type, c.Beneficiary.Id, c.Beneficiary.Department, c.Signed, c.Start, c.End,
        c.AssistantsFte, (long)c.ReferenceFileActive, c.ObjectivePct, c.StatusOn(calendar.DataCut), c.Terminated,
    ];
}
