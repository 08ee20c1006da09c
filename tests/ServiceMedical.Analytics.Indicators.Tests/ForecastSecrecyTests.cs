using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Contracts;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Forecast;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>The forecast's observed months publish the contracts' signers to date: both exports mask them alike.</summary>
public sealed class ForecastSecrecyTests : IDisposable
{
    private readonly IndicatorDatabase _db = new IndicatorDatabase(new DateOnly(2021, 12, 31)).Sql(Fixtures.CentresEligibilityContracts);

    public void Dispose() => _db.Dispose();

    /// <summary>
    /// Corse-du-Sud (region 94) has 5, 1 and 4 new signers in January, February and March 2021; a threshold of 3. The
    /// contracts by month publish January's 5 to date and mask February's new signers, so February's 6 to date is masked
    /// too (« secret »). The forecast's observed months are masked as the contracts' — matched by month, though the
    /// contracts' first period starts on the first signature's day — and where they say another figure than the contracts
    /// (9 in March, trained before a late contract was loaded) they are masked: 10 − 9 would count that contract.
    /// December's 0, before any contract, stays. The months ahead start from March's count (a lower bound held at it
    /// would give it back): masked with it.
    /// </summary>
    [Fact]
    public void TheForecastsObservedMonths_AreMaskedAsTheContractsSignersToDate_AndWhereTheyDiffer()
    {
        _db.Sql(Fixtures.CorseDuSudFirstQuarter);

        _db.Sql("""
            INSERT INTO forecast_series (scope, beneficiary_type, month, kind, cumulative, low80, high80, low95, high95, eligible) VALUES
                ('94', NULL, DATE '2020-12-01', 'observe', 0, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-01-01', 'observe', 5, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-02-01', 'observe', 6, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-03-01', 'observe', 9, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-04-01', 'prevision', 12, 10, 14, 9, 16, 300);
            """);
        using var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };

        var contracts = reader.ExportTable(ContractsOverTimeIndicator.Instance, IndicatorFilter.Parse("region=94&by=month&to=2021-03-31")).Table;
        var forecast = reader.ExportTable(ForecastIndicator.Instance, IndicatorFilter.Parse("region=94"));

        Assert.Equal(["04/01/2021 5", "01/02/2021 secret", "01/03/2021 10"], contracts.Rows.Select(r => $"{IndicatorTable.Format(r[0])} {IndicatorTable.Format(r[6])}"));
        Assert.Equal(["31/12/2020 observé 0", "31/01/2021 observé 5", "28/02/2021 observé secret", "31/03/2021 observé secret", "30/04/2021 prévision secret secret"],
            forecast.Table.Rows.Select(r => $"{IndicatorTable.Format(r[0])} {r[3]} {IndicatorTable.Format(r[4])}{(r[5] is null ? "" : " " + IndicatorTable.Format(r[5]))}"));
        Assert.Equal([false, false, true, true, true], Enumerable.Range(0, 5).Select(r => forecast.IsHidden(r, 4)));

        // With March's 10 stored, as the contracts say, March is published and so is April's forecast.
        _db.Sql("UPDATE forecast_series SET cumulative = 10 WHERE month = DATE '2021-03-01'");
        using var again = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
        var corrected = again.ExportTable(ForecastIndicator.Instance, IndicatorFilter.Parse("region=94")).Table;
        Assert.Equal("31/03/2021 10 | 30/04/2021 12 10", string.Join(" | ", corrected.Rows.Skip(3).Select(r => $"{IndicatorTable.Format(r[0])} {IndicatorTable.Format(r[4])} {IndicatorTable.Format(r[5])}".Trim())));
    }

    /// <summary>
    /// The forecast's exported image is drawn again without what its table masks, instead of being withheld: the observed
    /// line breaks at the masked months and says so; the months ahead are drawn from a published last month, left out
    /// from a masked one. The screen shows everything.
    /// </summary>
    [Fact]
    public void TheForecastsExportedImage_LeavesOutTheMaskedMonths_AndTheMonthsAheadOfAMaskedOne()
    {
        _db.Sql(Fixtures.CorseDuSudFirstQuarter);

        _db.Sql("""
            INSERT INTO forecast_series (scope, beneficiary_type, month, kind, cumulative, low80, high80, low95, high95, eligible) VALUES
                ('94', NULL, DATE '2021-01-01', 'observe', 5, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-02-01', 'observe', 6, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-03-01', 'observe', 10, NULL, NULL, NULL, NULL, 300),
                ('94', NULL, DATE '2021-04-01', 'prevision', 12, 10, 14, 9, 16, 300);
            """);
        RenderedChart Render()
        {
            var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
            return IndicatorCatalog.FindChart("prevision-adhesion")!.Render(reader, IndicatorFilter.Parse("region=94"))!;
        }

        var fromPublished = Render();
        Assert.Null(fromPublished.Withheld);
        Assert.Contains(LineChart.GapNote, fromPublished.ExportSvg(), StringComparison.Ordinal);
        Assert.Contains("Prévision", fromPublished.ExportSvg(), StringComparison.Ordinal);
        Assert.DoesNotContain(LineChart.GapNote, fromPublished.ScreenSvg(), StringComparison.Ordinal);

        _db.Sql("UPDATE forecast_series SET cumulative = 9 WHERE month = DATE '2021-03-01'");
        var fromMasked = Render();
        Assert.Null(fromMasked.Withheld);
        Assert.DoesNotContain("Prévision", fromMasked.ExportSvg(), StringComparison.Ordinal);
        Assert.Contains("Prévision", fromMasked.ScreenSvg(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The contracts chart continues the signers with the forecast and its intervals. Those rest on the eligible
    /// population, which the forecast's export masks where it is small (an upper bound held at it would give it back):
    /// the contracts' exported image leaves the bands out then, as the forecast's table hides the intervals; with 300
    /// eligible it keeps them. The screen shows them both times.
    /// </summary>
    [Fact]
    public void TheContractsExportedImage_LeavesOutTheForecastsIntervals_WhereTheEligibleAreFew()
    {
        _db.Sql(Fixtures.CorseDuSudFirstQuarter);
        RenderedChart Render(int eligible)
        {
            _db.Sql("DELETE FROM forecast_series");
            _db.Sql($"""
                INSERT INTO forecast_series (scope, beneficiary_type, month, kind, cumulative, low80, high80, low95, high95, eligible) VALUES
                    ('94', NULL, DATE '2021-03-01', 'observe', 10, NULL, NULL, NULL, NULL, {eligible}),
                    ('94', NULL, DATE '2021-04-01', 'prevision', 12, 10, 14, 9, 16, {eligible});
                """);
            var reader = new IndicatorReader(_db.Connection, _db.Horizon, UserScope.National) { Secrecy = new SmallCountRule(3) };
            return IndicatorCatalog.FindChart("contrats")!.Render(reader, IndicatorFilter.Parse("region=94&by=month&to=2021-03-31"))!;
        }

        const string Band = "Intervalle à 80 %";
        var many = Render(300);
        Assert.Contains(Band, many.ExportSvg(), StringComparison.Ordinal);

        var few = Render(2);
        Assert.Null(few.Withheld);
        Assert.DoesNotContain(Band, few.ExportSvg(), StringComparison.Ordinal);
        Assert.DoesNotContain("80 % :", few.ExportSvg(), StringComparison.Ordinal);
        Assert.Contains("Prévision", few.ExportSvg(), StringComparison.Ordinal);
        Assert.Contains(Band, few.ScreenSvg(), StringComparison.Ordinal);
    }

    /// <summary>A cell masked as another export masks it takes that export's text; a rate built on it is hidden with it.</summary>
    [Fact]
    public void AFigureMaskedLikeElsewhere_TakesItsTextThere_AndHidesWhatIsBuiltOnIt()
    {
        var table = new IndicatorTable(["Code zone", "Signataires", "Taux"], [["84", 40L, 0.5], ["93", 25L, 0.25], ["11", 30L, null]])
        {
            Secrecy = [ColumnSecrecy.Axis, ColumnSecrecy.BeneficiaryCount(), ColumnSecrecy.MeasureOn("Signataires")],
        };
        var exported = new SmallCountRule(11).Apply(table);

        var masked = exported.MaskedLike("Signataires", r => r == 1 || r == 2 ? new SecretValue("secret") : null);

        Assert.Equal(["84 40 0,5", "93 secret secret", "11 secret "], masked.Table.Rows.Select(r => string.Join(' ', r.Select(IndicatorTable.Format))));
        Assert.Equal([false, true, true], Enumerable.Range(0, 3).Select(r => masked.IsHidden(r, 1)));
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(r => masked.IsHidden(r, 2)));
        Assert.False(exported.IsHidden(1, 1));
    }
}
