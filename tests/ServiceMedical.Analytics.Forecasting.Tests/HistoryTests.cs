using ServiceMedical.Analytics.Forecasting.History;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.Tests;

public sealed class HistoryTests
{
    /// <summary>
    /// Contracts signed in January, February and March 2024 (two in March), in the Ain: loaded on 15 March or even on
    /// the 31st (the day is not over), March is incomplete and the history stops at February; loaded in April, March counts.
    /// </summary>
    [Theory]
    [InlineData("2024-03-15", "2024-02-01", 2)]
    [InlineData("2024-03-31", "2024-02-01", 2)]
    [InlineData("2024-04-02", "2024-03-01", 4)]
    public void TheLastMonth_CountsOnlyIfItWasOverWhenTheContractsWereLoaded(string loadedOn, string lastMonth, double signed)
    {
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = ":memory:" }).Open();
        foreach (var (number, signedOn) in new[] { (1, "2024-01-10"), (2, "2024-02-05"), (3, "2024-03-01"), (4, "2024-03-03") })
        {
            connection.Execute(
                "INSERT INTO contrats_assistants_medicaux (numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement, date_signature, date_debut, date_fin, " +
                "etp_assistants, file_active_reference, objectif_progression_pct, statut, load_id) " +
                "VALUES ($n, 'medecin_liberal', $id, '01', CAST($d AS DATE), CAST($d AS DATE), CAST($d AS DATE) + INTERVAL 5 YEAR, 1, 1000, 10, 'en_cours', 1)",
                ("n", $"AM-{number}"), ("id", $"1000000000{number}"), ("d", signedOn));
        }

        connection.Execute("INSERT INTO load_registry (load_id, file_name, sha256, dataset, started_at, ended_at, status) " +
                           "VALUES (1, 'contrats.csv', 'x', 'contrats_assistants_medicaux', CAST($on AS TIMESTAMP), CAST($on AS TIMESTAMP) + INTERVAL 1 HOUR, 'succeeded')",
            ("on", loadedOn));

        var france = UptakeHistory.Read(connection).Single(s => s.Key == UptakeSeries.National);

        Assert.Equal(DateOnly.Parse(lastMonth, System.Globalization.CultureInfo.InvariantCulture), france.Months[^1]);
        Assert.Equal(signed, france.Cumulative(france.Length - 1));
    }
}
