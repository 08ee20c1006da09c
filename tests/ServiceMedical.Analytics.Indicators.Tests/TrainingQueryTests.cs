using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Training;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Today 30/06/2024; one organisation. Expected end = start + round(182 × length / 384) days.
/// X1 (Ain): 2023 cohort, 384 h done, certified 15/03/2024.
/// X2 (Ain): started 01/02/2024, 279 h programme, 100 h done; expected end 01/02 + 132 days = 12/06/2024, passed → overdue.
/// X3 (Paris): started 01/05/2024, 279 h, 40 h done; expected end 10/09/2024 → in training.
/// X4 (Paris): started 02/01/2023, 384 h, 200 h done; expected end 03/07/2023 → overdue.
/// </summary>
public sealed class TrainingQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2024, 6, 30)).Sql("""
        INSERT INTO organismes_cqp (load_id, code_organisme, libelle, code_region, date_agrement) VALUES (1, 'OF-001', 'Institut Lyon', '84', DATE '2020-06-01');
        INSERT INTO contrats_assistants_medicaux (load_id, numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement,
            date_signature, date_debut, date_fin, etp_assistants, file_active_reference, objectif_progression_pct, statut) VALUES
            (2, 'T1', 'medecin_liberal', '10000000001', '01', DATE '2022-12-01', DATE '2023-01-01', DATE '2028-01-01', 2, 1000, 10, 'en_cours'),
            (2, 'T2', 'medecin_liberal', '10000000002', '75', DATE '2022-12-01', DATE '2023-01-01', DATE '2028-01-01', 2, 1000, 10, 'en_cours');
        INSERT INTO formations_cqp (load_id, identifiant_assistant, numero_contrat, code_organisme, date_debut_formation, heures_realisees, profil_origine, date_certification) VALUES
            (3, 'AM-000001', 'T1', 'OF-001', DATE '2023-09-01', 384, 'soignant', DATE '2024-03-15'),
            (3, 'AM-000002', 'T1', 'OF-001', DATE '2024-02-01', 100, 'administratif', NULL),
            (3, 'AM-000003', 'T2', 'OF-001', DATE '2024-05-01', 40, 'soignant', NULL),
            (3, 'AM-000004', 'T2', 'OF-001', DATE '2023-01-02', 200, 'administratif', NULL);
        """);

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<TrainingRow> Run(string query) =>
        TrainingIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse(query));

    [Fact]
    public void National_CountsByStatus_AndHoursAgainstEachCohortsProgramme()
    {
        var row = Assert.Single(Run(""));

        Assert.Equal(("OF-001", "FR", 4L, 1L, 1L, 2L), (row.Organisation, row.Zone, row.Trainees, row.Certified, row.InTraining, row.Overdue));
        Assert.Equal((724.0, 1326L), (row.HoursDone, row.HoursPlanned));   // 384 + 100 + 40 + 200 of 384 + 279 + 279 + 384
        Assert.Equal(new DateOnly(2024, 9, 10), row.NextExpectedEnd);
        Assert.Equal(1.0 / 3, row.Completion);
    }

    [Fact]
    public void Region_KeepsTheTraineesOfItsContracts()
    {
        var row = Assert.Single(Run("region=84"));

        Assert.Equal((2L, 1L, 0L, 1L, 484.0, 663L), (row.Trainees, row.Certified, row.InTraining, row.Overdue, row.HoursDone, row.HoursPlanned));
        Assert.Null(row.NextExpectedEnd);
    }

    [Fact]
    public void ATypeOfCentre_KeepsOnlyTraineesFundedByContractsOfSuchCentres_NoneHere()
    {
        // Every trainee here is funded by a liberal doctor's contract: a filter on health centres leaves none of them.
        Assert.Empty(Run("centreType=polyvalent"));
        Assert.Equal(4L, Assert.Single(Run("beneficiary=medecin_liberal")).Trainees);
    }

    [Fact]
    public void AsOfAnEarlierDay_LaterCohortsAreNotCounted()
    {
        // On 31/12/2023: X1 (not yet certified, expected end 01/03/2024 → in training) and X4 (overdue).
        var row = Assert.Single(Run("to=2023-12-31"));

        Assert.Equal((2L, 0L, 1L, 1L), (row.Trainees, row.Certified, row.InTraining, row.Overdue));
    }
}
