using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.Tests;

public sealed class HistoryTests
{
    /// <summary>
    /// Contracts signed in January, February and March 2024 (two in March), in the Ain. Extracted on 15 March, March is
    /// incomplete and the history stops at February; extracted on 31 March, March is complete and counts. Without a
    /// declared extract date, the last signature (3 March) dates the data: March is not complete.
    /// </summary>
    [Theory]
    [InlineData("2024-03-15", "2024-02-01", 2)]
    [InlineData("2024-03-31", "2024-03-01", 4)]
    [InlineData(null, "2024-02-01", 2)]
    public void TheHistory_EndsAtTheLastMonthCompleteOnTheExtractDate(string? extractedOn, string lastMonth, double signed)
    {
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = ":memory:" }).Open();
        foreach (var (number, signedOn) in new[] { (1, "2024-01-10"), (2, "2024-02-05"), (3, "2024-03-01"), (4, "2024-03-03") })
        {
            Contract(connection, number, $"1000000000{number}", signedOn);
        }

        // Loaded in April, whatever the extract date: the load day says nothing of how complete the data are.
        connection.Execute("INSERT INTO load_registry (load_id, file_name, sha256, dataset, started_at, ended_at, status, extract_date) " +
                           "VALUES (1, 'contrats.csv', 'x', 'contrats_assistants_medicaux', TIMESTAMP '2024-04-20 08:00', TIMESTAMP '2024-04-20 09:00', 'succeeded', CAST($on AS DATE))",
            ("on", extractedOn));

        var france = UptakeHistory.Read(connection).Single(s => s.Key == UptakeSeries.National);

        Assert.Equal(DateOnly.Parse(lastMonth, System.Globalization.CultureInfo.InvariantCulture), france.Months[^1]);
        Assert.Equal(signed, france.Cumulative(france.Length - 1));
    }

    [Fact]
    public void TheHistory_CountsSigners_ARenewalIsNotANewSigner()
    {
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = ":memory:" }).Open();
        Contract(connection, 1, "10000000001", "2019-10-10");
        Contract(connection, 2, "10000000002", "2019-11-05");
        // The first doctor renews five years later.
        Contract(connection, 3, "10000000001", "2024-08-20");
        connection.Execute("INSERT INTO load_registry (load_id, file_name, sha256, dataset, started_at, ended_at, status, extract_date) " +
                           "VALUES (1, 'contrats.csv', 'x', 'contrats_assistants_medicaux', TIMESTAMP '2024-10-02 08:00', TIMESTAMP '2024-10-02 09:00', 'succeeded', DATE '2024-09-30')");

        var france = UptakeHistory.Read(connection).Single(s => s.Key == UptakeSeries.National);

        Assert.Equal(new DateOnly(2024, 9, 1), france.Months[^1]);
        Assert.Equal(2, france.Cumulative(france.Length - 1));
        Assert.Equal(0, france.New(france.Months.ToList().IndexOf(new DateOnly(2024, 8, 1))));
    }

    private static void Contract(DuckDB.NET.Data.DuckDBConnection connection, int number, string rpps, string signedOn) =>
        connection.Execute(
            "INSERT INTO contrats_assistants_medicaux (numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement, date_signature, date_debut, date_fin, " +
            "etp_assistants, file_active_reference, objectif_progression_pct, statut, load_id) " +
            "VALUES ($n, 'medecin_liberal', $id, '01', CAST($d AS DATE), CAST($d AS DATE), CAST($d AS DATE) + INTERVAL 5 YEAR - INTERVAL 1 DAY, 1, 1000, 10, 'en_cours', 1)",
            ("n", $"AM-{number}"), ("id", rpps), ("d", signedOn));
}
