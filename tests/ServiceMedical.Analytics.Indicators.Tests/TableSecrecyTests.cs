using System.Text;
using MiniExcelLibs;
using PdfSharp.Pdf;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.KeyFigures;
using ServiceMedical.Analytics.Indicators.Pages.Pdf;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// The small-count rule on indicator tables as they leave the product, on hand-made tables whose masks are worked out
/// on paper, read back from the CSV, XLSX and PDF files themselves.
/// </summary>
public sealed class TableSecrecyTests
{
    private static readonly SmallCountRule Rule = new();

    /// <summary>
    /// Uptake of four departments of a region at one snapshot, with France beside them. Contracted: 4, 12, 0, 15 — the
    /// region's 31 is published (its own page, the national map): 4 is masked (« &lt; 11 »), and alone it would be
    /// 31 − 12 − 0 − 15, so the smallest other department that is not zero (12) is masked too (« secret »: it is not
    /// below 11); their rates are hidden. Eligible counts are all 11 or more; zero stays zero; France is a reference, not
    /// the region's total, and stays as it is.
    /// </summary>
    private static IndicatorTable RegionByDepartment() => new(
        ["Instantané", "Code zone", "Zone", "Éligibles", "Sous contrat", "Taux d'adhésion"],
        [
            Row("01/07/2025", "01", "Ain", 25L, 4L, 0.16),
            Row("01/07/2025", "03", "Allier", 30L, 12L, 0.4),
            Row("01/07/2025", "07", "Ardèche", 14L, 0L, 0.0),
            Row("01/07/2025", "15", "Cantal", 40L, 15L, 0.375),
            Row("01/07/2025", "FR", "France", 1_000L, 300L, 0.3),
        ])
    {
        Kinds = [ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Share],
        Secrecy =
        [
            ColumnSecrecy.Key, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.StructureCount(), ColumnSecrecy.StructureCount(),
            ColumnSecrecy.MeasureOn("Éligibles", "Sous contrat"),
        ],
    };

    [Fact]
    public void ADepartmentBelowEleven_IsMasked_WithTheSmallestOtherDepartment_AndTheirRatesHidden()
    {
        var exported = Rule.Apply(RegionByDepartment());

        Assert.Equal(
        [
            "Instantané;Code zone;Zone;Éligibles;Sous contrat;Taux d'adhésion",
            "01/07/2025;01;Ain;25;< 11;secret",
            "01/07/2025;03;Allier;30;secret;secret",
            "01/07/2025;07;Ardèche;14;0;0",
            "01/07/2025;15;Cantal;40;15;\"0,375\"",
            "01/07/2025;FR;France;1000;300;\"0,3\"",
        ], Csv(exported.Table));
        Assert.True(exported.IsHidden(0, 4) && exported.IsHidden(0, 5) && exported.IsHidden(1, 4));
        Assert.False(exported.IsHidden(0, 3));
        Assert.Equal(4, exported.Hidden.Cast<bool>().Count(h => h));
    }

    [Fact]
    public void AMaskedTable_ReadsTheSameFromItsXlsx_AndItsPdf()
    {
        var exported = Rule.Apply(RegionByDepartment()).Table;

        using var xlsx = new MemoryStream();
        exported.WriteXlsx(xlsx, ["Adhésion", "Auvergne-Rhône-Alpes", "Données jusqu'au 30/11/2026"]);
        xlsx.Position = 0;
        var sheet = MiniExcel.Query(xlsx, sheetName: "Données").Cast<IDictionary<string, object?>>().ToList();
        var ain = sheet.Single(r => Equals(r["C"], "Ain"));
        Assert.Equal("< 11", ain["E"]);
        Assert.Equal("secret", ain["F"]);
        Assert.Equal(25d, Convert.ToDouble(ain["D"], System.Globalization.CultureInfo.InvariantCulture));
        var cantal = sheet.Single(r => Equals(r["C"], "Cantal"));
        Assert.Equal(15d, Convert.ToDouble(cantal["E"], System.Globalization.CultureInfo.InvariantCulture));

        using var document = new PdfDocument();
        using (var writer = new PdfPageWriter(document))
        {
            _ = writer.NewPage();
            writer.Table(exported.Headers, PageDossierPdf.Cells(exported));
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
        var lines = read.GetPages().SelectMany(p => p.GetWords()).GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key).Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
        Assert.Contains(lines, l => l.StartsWith("01/07/2025 01 Ain 25 < 11 secret", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("01/07/2025 03 Allier 30 secret secret", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("01/07/2025 15 Cantal 40 15 37,5 %", StringComparison.Ordinal));
    }

    /// <summary>
    /// The recruits of one employer in a region, split once by tutor state and once by path state, each adding up to
    /// the 30 recruits on its own. Tutor: 27, 3, 0, 0 — 3 is masked, and 30 − 27 would give it back, so 27 is masked too
    /// (« secret »), not the total. Path: 0, 0, 4, 26 — 4 is masked and 26 with it. Taken as one line of eight parts (two
    /// masked), neither cover would be found.
    /// </summary>
    [Fact]
    public void EachPartitionOfACount_IsALineOfItsOwn()
    {
        var table = new IndicatorTable(
            ["Employeur", "Code zone", "Zone", "Recrutés", "Tuteur dans le trimestre", "Tuteur en retard", "Sans tuteur, hors délai", "Sans tuteur, dans le délai",
             "Parcours achevé en 12 mois", "Parcours achevé au-delà", "Parcours non achevé, hors délai", "Parcours en cours"],
            [Row("cnam", "84", "Auvergne-Rhône-Alpes", 30L, 27L, 3L, 0L, 0L, 0L, 0L, 4L, 26L)])
        {
            Kinds = [ColumnKind.Code, .. Enumerable.Repeat(ColumnKind.Value, 11)],
            Secrecy =
            [
                ColumnSecrecy.Axis, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.PeopleCount(),
                .. Enumerable.Repeat(ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "tuteur")), 4),
                .. Enumerable.Repeat(ColumnSecrecy.PeopleCount(new PartOfTotal("Recrutés", "parcours")), 4),
            ],
        };

        var exported = Rule.Apply(table).Table;

        Assert.Equal(["30", "secret", "< 11", "0", "0", "0", "0", "< 11", "secret"], exported.Rows[0].Skip(3).Select(IndicatorTable.Format));
    }

    /// <summary>
    /// Two employers of a region: ARS has 5 recruits, masked; the region's 35 recruits are published (all employers
    /// together), so CNAM's 30 is masked too (« secret »), as a department would be. France's CNAM recruits (70) are
    /// published as well: 70 − 40 would give the 30 back, so Île-de-France's CNAM 40 is masked in turn.
    /// </summary>
    [Fact]
    public void CategoriesOfAZone_AddUpToItsTotal_LikeDepartments()
    {
        var table = new IndicatorTable(["Employeur", "Code zone", "Zone", "Recrutés"],
            [Row("cnam", "84", "Auvergne-Rhône-Alpes", 30L), Row("ars", "84", "Auvergne-Rhône-Alpes", 5L), Row("cnam", "11", "Île-de-France", 40L)])
        {
            Kinds = [ColumnKind.Code, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value],
            Secrecy = [ColumnSecrecy.Axis, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.PeopleCount()],
        };

        var exported = Rule.Apply(table).Table;

        Assert.Equal(["secret", "< 11", "secret"], exported.Rows.Select(r => IndicatorTable.Format(r[3])));
    }

    /// <summary>
    /// A department's contracts month by month, from its first signature: signed 30, 3, 17, 0; to date 30, 33, 50, 50.
    /// February's 3 is masked, and 33 − 30 would give it back. January's 30 was published last month: February's total to
    /// date is masked (« secret »), and then March's 17 signed, which would give it back (50 − 17). April stays.
    /// </summary>
    [Fact]
    public void ARunningTotal_DoesNotGiveBackWhatAPeriodAdded()
    {
        var table = SignedByMonth(
            Row(new DateOnly(2025, 1, 1), "01", "Ain", 30L, 30L), Row(new DateOnly(2025, 2, 1), "01", "Ain", 3L, 33L),
            Row(new DateOnly(2025, 3, 1), "01", "Ain", 17L, 50L), Row(new DateOnly(2025, 4, 1), "01", "Ain", 0L, 50L));

        var exported = Rule.Apply(table).Table;

        Assert.Equal(["30 30", "< 11 secret", "secret 50", "0 50"], exported.Rows.Select(r => $"{IndicatorTable.Format(r[3])} {IndicatorTable.Format(r[4])}"));
    }

    /// <summary>
    /// Two departments of a region, two months. In February Ain signs 3 (masked): its 23 to date is masked (20 + 3), then
    /// Rhône's 30 to date, which the region's 53 less Ain's would give back. Rhône signed nothing in February: its 30 is
    /// January's 30 plus 0, so that its 0 is masked too (« secret »), or the two would give the 30 back, then Ain's 23.
    /// </summary>
    [Fact]
    public void ARunningTotalMaskedForAnotherLine_IsNotLastMonthsPlusANothingShown()
    {
        var table = SignedByMonth(
            Row(new DateOnly(2025, 1, 1), "01", "Ain", 20L, 20L), Row(new DateOnly(2025, 1, 1), "69", "Rhône", 30L, 30L),
            Row(new DateOnly(2025, 2, 1), "01", "Ain", 3L, 23L), Row(new DateOnly(2025, 2, 1), "69", "Rhône", 0L, 30L));

        var exported = Rule.Apply(table).Table;

        Assert.Equal(["20 20", "30 30", "< 11 secret", "secret secret"], exported.Rows.Select(r => $"{IndicatorTable.Format(r[3])} {IndicatorTable.Format(r[4])}"));
    }

    /// <summary>
    /// Signers to date observed 40, 45, 60, then forecast 62: February added 5, a difference nobody wrote but anyone can
    /// compute, so February's 45 is masked; March's 60 stays (what March added is unknown without February's). A
    /// forecast's steps count nobody: April's 62 − 60 stays.
    /// </summary>
    [Fact]
    public void ARunningTotalWithoutItsIncrements_IsMaskedWhereTheirDifferenceIsSmall_OnObservedMonthsOnly()
    {
        var table = new IndicatorTable(["Fin du mois", "Code zone", "Zone", "Nature", "Signataires cumulés"],
            [
                Row(new DateOnly(2025, 1, 31), "84", "Auvergne-Rhône-Alpes", "observé", 40L), Row(new DateOnly(2025, 2, 28), "84", "Auvergne-Rhône-Alpes", "observé", 45L),
                Row(new DateOnly(2025, 3, 31), "84", "Auvergne-Rhône-Alpes", "observé", 60L), Row(new DateOnly(2025, 4, 30), "84", "Auvergne-Rhône-Alpes", "prévision", 62L),
            ])
        {
            Kinds = [ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value],
            Secrecy =
            [
                ColumnSecrecy.Key, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.Key,
                ColumnSecrecy.BeneficiaryCount() with { Accumulates = new("Fin du mois") { OnlyWhere = ("Nature", "observé") } },
            ],
        };

        var exported = Rule.Apply(table).Table;

        Assert.Equal(["40", "secret", "60", "62"], exported.Rows.Select(r => IndicatorTable.Format(r[4])));
    }

    /// <summary>
    /// Recruits of three campaigns: 5, 30, 40. A chart that draws their sum (75) publishes a total: 5 is masked, and so
    /// is the smallest other (30), which 75 − 40 − 5 would give back. The sum itself is not masked, so that the chart may
    /// be drawn; a chart drawing the first campaign alone would draw a masked 5.
    /// </summary>
    [Fact]
    public void ASumAChartDraws_IsATotal_AndIsMaskedOnlyWhenSmall()
    {
        var table = new IndicatorTable(["Campagne", "Recrutés"], [Row("2023-01", 5L), Row("2023-05", 30L), Row("2023-10", 40L)])
        {
            Kinds = [ColumnKind.Value, ColumnKind.Value],
            Secrecy = [ColumnSecrecy.Key, ColumnSecrecy.PeopleCount()],
        };

        var alone = Rule.Apply(table);
        var summed = Rule.Apply(table, [[0, 1, 2], [0]]);

        Assert.Equal(["< 11", "30", "40"], alone.Table.Rows.Select(r => IndicatorTable.Format(r[1])));
        Assert.Equal(["< 11", "secret", "40"], summed.Table.Rows.Select(r => IndicatorTable.Format(r[1])));
        Assert.False(summed.IsSumHidden([0, 1, 2], 1));
        Assert.True(summed.IsSumHidden([0], 1));
        Assert.False(summed.IsSumHidden([0], 0));
    }

    [Fact]
    public void TheThreshold_IsASetting_AndWhatIsNotACount_IsNeverMasked()
    {
        var table = RegionByDepartment();

        // With N = 5, 4 is masked and 12 covers it; with N = 2 nothing is small.
        Assert.Equal(["< 5", "secret", "0", "15", "300"], new SmallCountRule(5).Apply(table).Table.Rows.Select(r => IndicatorTable.Format(r[4])));
        Assert.False(new SmallCountRule(2).Apply(table).AnyHidden);
        // A table without declared counts (keys only) leaves as it is, small numbers included.
        var plain = new IndicatorTable(["Zone", "Postes"], [Row("Ain", 3L)]);
        Assert.Same(plain, Rule.Apply(plain).Table);
    }

    [Fact]
    public void AKeyFigureBuiltOnASmallCount_IsNotPublished_NorItsDetail()
    {
        var uptake = new KeyFigure("Taux d'adhésion", KeyFigureKind.Share, 0.04, 0.0, true, "1 sous contrat sur 25 éligibles au 30/11/2026")
        {
            Counts = [1, 25], PreviousCounts = [0, 24],
        };
        var recruits = new KeyFigure("Praticiens-conseils recrutés", KeyFigureKind.Count, 7, 12, true, "embauchés dans la période").Counting();
        var posts = new KeyFigure("Postes ouverts", KeyFigureKind.Count, 3, 2, true, "aux campagnes de la période");

        var shown = new[] { uptake, recruits, posts }.Select(Rule.Export).Select(f => $"{f.Value} | {f.Previous} | {f.Detail}");

        Assert.Equal(
        [
            "secret | 0 | secret statistique",
            "< 11 | 12 | secret statistique",
            "3 | 2 | aux campagnes de la période",
        ], shown);
    }

    private static object?[] Row(params object?[] values) => values;

    /// <summary>Contracts signed by month and zone, with their total to date: a running total of the month's count.</summary>
    private static IndicatorTable SignedByMonth(params object?[][] rows) =>
        new(["Période", "Code zone", "Zone", "Contrats signés dans la période", "Contrats signés cumulés"], rows)
        {
            Kinds = [ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value, ColumnKind.Value],
            Secrecy =
            [
                ColumnSecrecy.Key, ColumnSecrecy.Axis, ColumnSecrecy.Label, ColumnSecrecy.BeneficiaryCount(),
                ColumnSecrecy.BeneficiaryCount() with { Accumulates = new("Période", "Contrats signés dans la période") },
            ],
        };

    private static string[] Csv(IndicatorTable table)
    {
        using var stream = new MemoryStream();
        table.WriteCsv(stream);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
