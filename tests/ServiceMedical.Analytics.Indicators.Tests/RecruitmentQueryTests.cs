using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Integration;
using ServiceMedical.Analytics.Indicators.JuryCompliance;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.RecruitmentDelays;
using ServiceMedical.Analytics.Indicators.RecruitmentFlow;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// Data extracted on 31/12/2024 (the horizon). By hand:
/// P4 (2022-10, médecin-conseil, CNAM, AURA): A5 admissible, interviewed 20/11/2022 (45 min, full jury), retained 30/11/2022,
///    published 10/12/2022, started 01/01/2023; tutor on 03/04/2023 (day 92, after 01/04: late), path not completed (overdue).
/// P1 (2023-01, médecin-conseil, CNAM, AURA, deadline 10/02/2023): A1 admissible, A2 a pharmacist (not admissible);
///    A1 interviewed 01/03 (45 min), retained 11/03, published 31/03, started 01/06/2023; tutor 01/09/2023 (day 92, on the
///    last day of the quarter: in time), path completed 15/05/2024 (within 12 months).
/// P2 (2023-01, médecin-conseil, ARS, AURA): A3 interviewed 02/03 by a jury without the ARS member, not retained;
///    A4 interviewed 02/03 for 40 minutes, retained 12/03, published 01/04, did not take up the post (start 01/07/2023).
/// P3 (2023-01, pharmacien-conseil, CNAM, Île-de-France): no applicant.
/// </summary>
public sealed class RecruitmentQueryTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2024, 12, 31)).Sql("""
        INSERT INTO postes_recrutement (load_id, identifiant_poste, campagne, profession, employeur, code_region, date_publication, date_limite_candidature) VALUES
            (1, 'P4', '2022-10', 'medecin_conseil', 'cnam', '84', DATE '2022-10-10', DATE '2022-11-10'),
            (1, 'P1', '2023-01', 'medecin_conseil', 'cnam', '84', DATE '2023-01-10', DATE '2023-02-10'),
            (1, 'P2', '2023-01', 'medecin_conseil', 'ars', '84', DATE '2023-01-10', DATE '2023-02-10'),
            (1, 'P3', '2023-01', 'pharmacien_conseil', 'cnam', '11', DATE '2023-01-12', DATE '2023-02-12');
        INSERT INTO candidatures (load_id, identifiant_candidature, identifiant_candidat, identifiant_poste, date_candidature, diplome, recevable) VALUES
            (2, 'A5', 'C-000005', 'P4', DATE '2022-11-01', 'medecin', true),
            (2, 'A1', 'C-000001', 'P1', DATE '2023-02-01', 'medecin', true),
            (2, 'A2', 'C-000002', 'P1', DATE '2023-02-02', 'pharmacien', false),
            (2, 'A3', 'C-000003', 'P2', DATE '2023-02-03', 'medecin', true),
            (2, 'A4', 'C-000004', 'P2', DATE '2023-02-04', 'medecin', true);
        INSERT INTO entretiens (load_id, identifiant_entretien, identifiant_candidature, identifiant_poste, date_entretien, duree_minutes,
            jury_medecin_conseil_regional, jury_medecin_conseil_regional_adjoint, jury_praticien_chef_service, jury_rh_cnam, jury_ars, decision, date_decision) VALUES
            (3, 'E4', 'A5', 'P4', DATE '2022-11-20', 45, true, true, true, true, false, 'retenu', DATE '2022-11-30'),
            (3, 'E1', 'A1', 'P1', DATE '2023-03-01', 45, true, true, true, true, false, 'retenu', DATE '2023-03-11'),
            (3, 'E2', 'A3', 'P2', DATE '2023-03-02', 45, true, true, true, true, false, 'non_retenu', DATE '2023-03-12'),
            (3, 'E3', 'A4', 'P2', DATE '2023-03-02', 40, true, true, true, true, true, 'retenu', DATE '2023-03-12');
        INSERT INTO nominations (load_id, identifiant_poste, identifiant_candidature, date_publication, date_prise_fonctions, prise_de_poste_effective) VALUES
            (4, 'P4', 'A5', DATE '2022-12-10', DATE '2023-01-01', true),
            (4, 'P1', 'A1', DATE '2023-03-31', DATE '2023-06-01', true),
            (4, 'P2', 'A4', DATE '2023-04-01', DATE '2023-07-01', false);
        INSERT INTO parcours_integration (load_id, identifiant_candidature, date_embauche, date_designation_tuteur, modules_prevus, modules_valides, date_formation_en3s, date_fin_parcours) VALUES
            (5, 'A5', DATE '2023-01-01', DATE '2023-04-03', 12, 8, DATE '2023-02-01', NULL),
            (5, 'A1', DATE '2023-06-01', DATE '2023-09-01', 12, 12, DATE '2023-07-01', DATE '2024-05-15');
        """);

    public void Dispose() => _db.Dispose();

    private static readonly System.Globalization.CultureInfo s_invariant = System.Globalization.CultureInfo.InvariantCulture;

    private string Flow(string query, UserScope? user = null) => string.Join(" | ",
        RecruitmentFlowIndicator.Instance.Rows(_db.Connection, _db.Horizon, user ?? UserScope.National, IndicatorFilter.Parse(query))
            .Select(r => $"{r.Campaign} {r.Profession} {r.Employer} {r.Zone}: {r.Posts}>{r.Applications}>{r.Admissible}>{r.Interviewed}>{r.Retained}>{r.Filled}>{r.Started}>{r.Declined}"));

    [Fact]
    public void Flow_PerCampaignProfessionAndEmployer()
    {
        // Posts > applications > admissible > heard (applications) > with a retained candidate > filled > taken up > not taken up (posts).
        Assert.Equal(
            "2022-10 medecin_conseil cnam FR: 1>1>1>1>1>1>1>0 | 2023-01 medecin_conseil ars FR: 1>2>2>2>1>1>0>1 | " +
            "2023-01 medecin_conseil cnam FR: 1>2>1>1>1>1>1>0 | 2023-01 pharmacien_conseil cnam FR: 1>0>0>0>0>0>0>0",
            Flow(""));
        Assert.Equal("2023-01 medecin_conseil ars 84: 1>2>2>2>1>1>0>1 | 2023-01 medecin_conseil cnam 84: 1>2>1>1>1>1>1>0",
            Flow("region=84&from=2023-01-01"));
        Assert.Equal("2023-01 pharmacien_conseil cnam 11: 1>0>0>0>0>0>0>0", Flow("by=region&profession=pharmacien_conseil"));
    }

    /// <summary>
    /// The sums the flow's charts publish, as groups of rows: every row (the flow), each closed campaign's employer (the
    /// fill rate by campaign) and, by region, each region's closed campaigns (the map and the ranking, one group each).
    /// </summary>
    [Fact]
    public void TheFlowsCharts_PublishSumsOfRows_WhichItsTableIsMaskedAgainst()
    {
        string Sums(string query)
        {
            var filter = IndicatorFilter.Parse(query);
            var rows = RecruitmentFlowIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, filter);
            return string.Join(" | ", RecruitmentFlowIndicator.Instance.SumsOf(rows, filter).Select(g => string.Join(",", g)));
        }

        // Then the same charts' sums filtered to one profession, one employer, or both: 0,1,2 the médecins, 0,2,3 the CNAM…
        Assert.Equal("0,1,2,3 | 0 | 1 | 2,3 | 0,1,2 | 3 | 2 | 0,2,3 | 0,2", Sums(""));
        // … and, by region, each region's (84: 0, 1, 2; 11: 3), which the profession and employer splits already gave.
        Assert.Equal("0,1,2,3 | 0 | 1 | 2,3 | 0,1,2 | 3 | 2 | 0,2,3 | 0,2", Sums("by=region"));
    }

    /// <summary>
    /// A second CNAM post of January 2023 (P9) with 12 applications: that campaign's médecin-conseil applications are 2
    /// for the ARS and 14 for the CNAM. With a threshold of 3 the ARS's 2 is masked, and the CNAM's 14 with it, which
    /// the campaign's 16 would give back. The flow exported for the CNAM alone masks the 14 as well: masked on its own,
    /// it would publish it.
    /// </summary>
    [Fact]
    public void AnExportFilteredToOneEmployer_MasksItsRowsAsTheExportOfBoth()
    {
        _db.Sql("INSERT INTO postes_recrutement (load_id, identifiant_poste, campagne, profession, employeur, code_region, date_publication, date_limite_candidature) " +
            "VALUES (1, 'P9', '2023-01', 'medecin_conseil', 'cnam', '84', DATE '2023-01-10', DATE '2023-02-10');");
        foreach (var i in Enumerable.Range(1, 12))
        {
            _db.Sql($"INSERT INTO candidatures VALUES (2, 'B{i}', 'C-1000{i:00}', 'P9', DATE '2023-02-01', 'medecin', true);");
        }

        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
        var cnam = IndicatorFilter.Parse("employer=cnam&from=2023-01-01");
        static string Applications(IndicatorTable table, string employer) => string.Join(" ", table.Rows
            .Where(r => Equals(r[table.Headers.ToList().IndexOf("Employeur")], employer) && Equals(r[2], "medecin_conseil"))
            .Select(r => IndicatorTable.Format(r[table.Headers.ToList().IndexOf("Candidatures")])));

        var both = reader.ExportTable(RecruitmentFlowIndicator.Instance, cnam with { Employer = null }).Table;
        var alone = reader.ExportTable(RecruitmentFlowIndicator.Instance, cnam).Table;
        var own = reader.Secrecy.Apply(reader.Table(RecruitmentFlowIndicator.Instance, cnam)).Table;

        Assert.Equal("< 3", Applications(both, "ars"));
        Assert.Equal("secret", Applications(both, "cnam"));
        Assert.Equal("secret", Applications(alone, "cnam"));
        Assert.Equal("14", Applications(own, "cnam"));
    }

    /// <summary>
    /// The flow of France with a threshold of 2: 1 recruit declined, masked, and the 2 who started with it (filled 3 = 2
    /// + 1 + 0 still to come). The exported image leaves those two stages out and says so; the others stay, and the
    /// screen shows every value.
    /// </summary>
    [Fact]
    public void TheFlowsExportedImage_LeavesOutTheStagesItsTableMasks()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(2) };

        var flow = IndicatorCatalog.FindChart("recrutement-flux")!.Render(reader, IndicatorFilter.National)!;

        Assert.Null(flow.Withheld);
        Assert.NotNull(flow.Redrawn);
        var exported = flow.ExportSvg();
        Assert.Contains("Lauréats ayant pris leur poste (secret statistique)", exported, StringComparison.Ordinal);
        Assert.Contains("pas pris leur poste (secret statistique)", exported, StringComparison.Ordinal);
        Assert.Contains("Postes pourvus (nomination)", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("Postes pourvus (nomination) (secret statistique)", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("secret statistique", flow.ScreenSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void FillRate_And_TakeUp()
    {
        var ars = RecruitmentFlowIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("employer=ars")).Single();

        // P2 filled (A4 published 01/04/2023); A4 did not take up the post on 01/07/2023: 0 of 1 known starts.
        Assert.Equal((1.0, 0.0, 0L), (ars.FillRate, ars.TakeUp, ars.StartPending));
    }

    [Fact]
    public void Flow_AsKnownAtThePeriodsEnd_IgnoresWhatCameLater()
    {
        // To 31/03/2023: P1's A1 is retained (11/03) and published that very day, P2's A4 retained (12/03) but published on 01/04:
        // not filled yet. Nobody has started: P1's start is 01/06, so it is pending.
        Assert.Equal("2023-01 medecin_conseil ars FR: 1>2>2>2>1>0>0>0 | 2023-01 medecin_conseil cnam FR: 1>2>1>1>1>1>0>0",
            Flow("from=2023-01-01&to=2023-03-31&profession=medecin_conseil"));
        // To 28/02/2023: applications are in, nobody has been heard yet.
        Assert.Equal("2023-01 medecin_conseil ars FR: 1>2>2>0>0>0>0>0 | 2023-01 medecin_conseil cnam FR: 1>2>1>0>0>0>0>0",
            Flow("from=2023-01-01&to=2023-02-28&profession=medecin_conseil"));
        var pending = RecruitmentFlowIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("from=2023-01-01&to=2023-04-30&employer=cnam&profession=medecin_conseil")).Single();
        Assert.Equal((1L, 0L, 1L, (double?)null), (pending.Filled, pending.Started, pending.StartPending, pending.TakeUp));
    }

    [Fact]
    public void ACampaignUnderWay_HasNoFillRateYet_UntilNoneOfItsPostsCanStillBeFilled()
    {
        string State(string to, string more = "") => string.Join(" | ",
            RecruitmentFlowIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse($"from=2023-01-01&to={to}{more}"))
                .Select(r => $"{r.Employer} {r.Profession}: {(r.CampaignUnderWay ? "en cours" : "close")} {r.FillRate?.ToString("0.##", s_invariant) ?? "—"}"));

        // 28/02/2023: A1 and A3–A4 are admissible and no jury has decided: the 2023-01 campaign is under way, in every row.
        Assert.Equal("ars medecin_conseil: en cours — | cnam medecin_conseil: en cours — | cnam pharmacien_conseil: en cours —", State("2023-02-28"));
        // 31/03/2023: A4 retained on 12/03, nominated on 01/04 only: P2 may still be filled, the campaign is still under way.
        Assert.Equal("ars medecin_conseil: en cours — | cnam medecin_conseil: en cours — | cnam pharmacien_conseil: en cours —", State("2023-03-31"));
        // 30/04/2023: every post filled or out of reach (P3 had no applicant): closed, P1 and P2 filled, P3 not.
        Assert.Equal("ars medecin_conseil: close 1 | cnam medecin_conseil: close 1 | cnam pharmacien_conseil: close 0", State("2023-04-30"));
        // Within a filter, only its posts count: P3 alone, without applicant past its deadline, is closed on 28/02 at 0 %.
        Assert.Equal("cnam pharmacien_conseil: close 0", State("2023-02-28", "&profession=pharmacien_conseil"));

        // The key figure and the charts leave a campaign under way aside, and say so.
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National);
        var fillRate = new KeyFiguresQuery(reader).Run(DashboardPages.Recruitment, IndicatorFilter.Parse("from=2022-10-01&to=2023-03-31"))!.Value.Figures
            .Single(f => f.Label == "Taux de pourvoi des postes");
        Assert.Equal((1.0, "1 pourvus sur 1 postes des campagnes closes ; campagne en cours : janvier 2023"),
            (fillRate.Value, fillRate.Detail.Replace('\u202F', ' ')));
        Assert.Equal(["octobre 2022 1"], fillRate.Trend.Select(t => $"{t.Label} {t.Value}"));
        var byCampaign = IndicatorCatalog.FindChart("recrutement-campagnes")!.Render(reader, IndicatorFilter.Parse("from=2022-10-01&to=2023-03-31"))!;
        Assert.Equal("Taux de pourvoi des campagnes closes, par employeur", byCampaign.Caption.Title);
        Assert.Equal(["octobre 2022 : 100,0 %"], byCampaign.Targets.Select(t => t.Text));
    }

    [Fact]
    public void Delays_MedianAndNinetiethPercentile_InDays()
    {
        var rows = RecruitmentDelayIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.National);

        // ARS: 30 days to decision, 20 to publication, 91 to start.
        // CNAM: P1 29/20/62 and P4 20/10/22 → medians 24.5/15/42; 90th percentiles 28.1/19/58.
        Assert.Equal(
            "medecin_conseil ars 1: 30/30 20/20 1 started, 0 to come 91/91 | medecin_conseil cnam 2: 24.5/28.1 15/19 2 started, 0 to come 42/58",
            string.Join(" | ", rows.Select(r => string.Create(s_invariant,
                $"{r.Profession} {r.Employer} {r.PostsFilled}: {r.DecisionMedian}/{Math.Round(r.DecisionP90!.Value, 2)} {r.PublicationMedian}/{Math.Round(r.PublicationP90!.Value, 2)} {r.Started} started, {r.StartsToCome} to come {r.StartMedian}/{Math.Round(r.StartP90!.Value, 2)}"))));
    }

    [Fact]
    public void JuryCompliance_ArsPostsNeedTheArsMember_AndEveryInterview45Minutes()
    {
        var rows = JuryComplianceIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.National);

        Assert.Equal("ars: 2 2 2 1 1 0 | cnam: 2 2 0 0 2 2", string.Join(" | ", rows.Select(r =>
            $"{r.Employer}: {r.Interviews} {r.CompleteJury} {r.ArsInterviews} {r.ArsMemberPresent} {r.FortyFiveMinutes} {r.Compliant}")));
    }

    [Fact]
    public void Integration_TutorWithinThreeCalendarMonths_PathWithinTwelve()
    {
        var row = Assert.Single(IntegrationIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.National));

        // A1: day 92 is 01/09, the last day of its quarter → in time. A5: day 92 is 03/04, after 01/04 → late.
        Assert.Equal((2L, 1L, 1L, 0L, 0L), (row.Recruits, row.TutorInQuarter, row.TutorLate, row.TutorMissing, row.TutorPending));
        Assert.Equal((1L, 0L, 1L, 0L), (row.PathIn12Months, row.PathLate, row.PathOverdue, row.PathPending));
    }

    [Fact]
    public void Integration_OfAPastPeriod_IsNotChangedByALaterEvent()
    {
        // Recruits of 2023 as of 30/06/2023: A5 (hired 01/01) had its tutor on 03/04 (late); A1 (hired 01/06) none yet, within its quarter.
        var before = Assert.Single(IntegrationIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("from=2023-01-01&to=2023-06-30")));
        Assert.Equal((2L, 0L, 1L, 0L, 1L), (before.Recruits, before.TutorInQuarter, before.TutorLate, before.TutorMissing, before.TutorPending));

        // A later extract designates A1's tutor on 01/09/2023 and completes A5's path on 10/12/2023: the figure as of 30/06/2023 stays.
        _db.Sql("UPDATE parcours_integration SET date_fin_parcours = DATE '2023-12-10' WHERE identifiant_candidature = 'A5'");
        var after = Assert.Single(IntegrationIndicator.Instance.Rows(_db.Connection, _db.Horizon, UserScope.National, IndicatorFilter.Parse("from=2023-01-01&to=2023-06-30")));
        Assert.Equal(before, after);
        Assert.Equal((0L, 2L), (after.PathIn12Months + after.PathLate, after.PathPending));
    }

    [Fact]
    public void Recruitment_HasNoDepartmentLevel_AndRespectsTheUserScope()
    {
        Assert.Throws<FilterException>(() => Flow("department=69"));
        Assert.Throws<FilterException>(() => Flow("region=84&by=department"));
        Assert.Throws<ScopeAuthorizationException>(() => Flow("region=11", UserScope.ForRegion("84")));
        Assert.Equal("2023-01 medecin_conseil ars 84: 1>2>2>2>1>1>0>1", Flow("region=84&employer=ars", UserScope.ForRegion("84")));
    }

    private static string Describe(KeyFigure f) =>
        string.Create(s_invariant, $"{f.Label} {f.Value:0.###} ({f.Previous:0.###}) [{string.Join(", ", f.Trend.Select(t => $"{t.Label} {t.Value:0.###}"))}]");

    [Fact]
    public void KeyFigures_OfTheRecruitmentAndIntegrationPages_AgainstTheYearBefore_WithTheirTrendByCampaign()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National);
        var query = new KeyFiguresQuery(reader);
        var year = IndicatorFilter.Parse("from=2023-01-01&to=2023-12-31");

        var (periods, recruitment) = query.Run(DashboardPages.Recruitment, year)!.Value;

        Assert.Equal(new KeyFigurePeriods(new(2023, 1, 1), new(2023, 12, 31), new(2022, 1, 1), new(2022, 12, 31)), periods);
        // 2023: P1, P2, P3 opened; A1–A4 applied; P1 and P2 filled (2 of 3); A1 took up P1, A4 did not take up P2 (1 of 2).
        // 2022: P4 opened, A5 applied, P4 filled; A5 took it up on 01/01/2023, unknown as of 31/12/2022: no take-up then.
        // One campaign in 2023: one step, no line to draw.
        Assert.Equal(
            [
                "Postes ouverts 3 (1) [janvier 2023 3]", "Candidatures 4 (1) [janvier 2023 4]",
                "Taux de pourvoi des postes 0.667 (1) [janvier 2023 0.667]", "Taux de prise de poste 0.5 () [janvier 2023 0.5]",
            ],
            recruitment.Select(Describe));

        // Since the first data: both campaigns, in order, and nothing to compare with.
        var all = query.Run(DashboardPages.Recruitment, IndicatorFilter.Parse("periode=tout"))!.Value.Figures;
        Assert.Equal("Postes ouverts 4 () [octobre 2022 1, janvier 2023 3]", Describe(all[0]));

        // Recruits hired in 2023 as of 31/12/2023: A5 (tutor late) and A1 (tutor in time); neither path's 12 months are over.
        var integration = query.Run(DashboardPages.Integration, year)!.Value.Figures;
        Assert.Equal(["Praticiens-conseils recrutés 2 (0) []", "Tuteur désigné dans le trimestre 0.5 () []", "Parcours achevé en 12 mois  () []"],
            integration.Select(Describe));

        // As dossiers give them, under the small-count rule: posts count nobody and stay; applications, recruits and the
        // rates on them are below 11; the path's detail would give the 2 recruits still on their path (recruits less
        // those whose 12 months are over), so it is hidden too though its own counts are zero.
        var rule = new SmallCountRule();
        static string Exported(ExportedKeyFigure f) => string.Create(s_invariant, $"{f.Value} | {f.Detail}");
        Assert.Equal(
            ["3 | aux campagnes de la période", "< 11 | secret statistique", "secret | secret statistique", "secret | secret statistique"],
            recruitment.Select(rule.Export).Select(Exported));
        Assert.Equal(["< 11 | secret statistique", "secret | secret statistique", " | secret statistique"], integration.Select(rule.Export).Select(Exported));
    }

    /// <summary>
    /// With a threshold of 4, Auvergne-Rhône-Alpes' 3 posts filled are masked, and its rate with them: the exported map
    /// leaves its value out (the region reads « secret statistique », in the legend too) instead of being withheld, and
    /// keeps Île-de-France's 0 % (zero stays zero). The screen shows every value.
    /// </summary>
    [Fact]
    public void TheFillRateMapExported_LeavesOutTheRegionsItsTableMasks()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(4) };

        var map = IndicatorCatalog.FindChart("recrutement-carte")!.Render(reader, IndicatorFilter.Parse("periode=tout"))!;

        Assert.Null(map.Withheld);
        Assert.NotNull(map.Redrawn);
        var exported = map.ExportSvg();
        Assert.Contains(Charts.Maps.MapChart.SecretNote, exported, StringComparison.Ordinal);
        Assert.Contains("0,0", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("100,0", exported, StringComparison.Ordinal);
        Assert.Contains("Auvergne-Rhône-Alpes : 100,0 %", map.Targets.Select(t => t.Text));
        Assert.DoesNotContain(Charts.Maps.MapChart.SecretNote, map.ScreenSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFillRateMap_ShowsEachRegionsRate_AndNoneBelowFrance()
    {
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National);
        var chart = IndicatorCatalog.FindChart("recrutement-carte")!;

        var map = chart.Render(reader, IndicatorFilter.Parse("periode=tout"))!;

        // AURA: P4, P1 and P2 filled (3 of 3); Île-de-France: P3 not filled (0 of 1); every region drawn.
        var hovers = map.Targets.Select(t => t.Text).ToList();
        Assert.Equal(18, hovers.Count);
        Assert.Contains("Auvergne-Rhône-Alpes : 100,0 %", hovers);
        Assert.Contains("Île-de-France : 0,0 %", hovers);
        Assert.Null(chart.Render(reader, IndicatorFilter.Parse("region=84")));
    }
}
