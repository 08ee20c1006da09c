using ServiceMedical.Analytics.Bench;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.Tests;

/// <summary><c>bench forecast</c> on histories shorter than the demo's: a clear message or a short backtest, never a crash.</summary>
public sealed class ForecastBenchmarkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-bench-forecast-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void OnAHistoryTooShort_TheBenchSaysWhy_AndExitsWithStatus1()
    {
        var path = Signings(months: 7);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = ForecastBenchmark.Run(path, output, error);

        Assert.Equal(1, exit);
        Assert.Equal("forecast : Historique trop court pour prévoir : 7 mois, il en faut au moins 12.", error.ToString().Trim());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void OnADatabaseThatDoesNotExist_TheBenchNamesIt_AndCreatesNothing()
    {
        var missing = Path.Combine(_folder, "absente.duckdb");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = ForecastBenchmark.Run(missing, output, error);

        Assert.Equal(1, exit);
        Assert.Equal($"forecast : base introuvable : {missing}", error.ToString().Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void OnAYearOfHistory_TheBenchRunsAShortBacktest_WithoutTheBoostedTrees()
    {
        var path = Signings(months: 12);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = ForecastBenchmark.Run(path, output, error);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        var text = output.ToString();
        Assert.Contains("Historique : 12 mois ; backtest sur 6 origines mensuelles.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fasttree", text, StringComparison.Ordinal);
        Assert.Contains("Chaque modèle seul : naive ", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The command line's CSV: a year of history to August 2020, so the first line is the end of September 2020, and the
    /// backtest's coverage is a percentage under a header that says so.
    /// </summary>
    [Fact]
    public void TheForecastCsv_DatesEachLineByTheEndOfItsMonth_AndGivesCoverageInPercent()
    {
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = Signings(months: 12) }).Open();
        var results = new Evaluation.UptakeForecasting(Evaluation.UptakeForecasting.AllModels).Run(History.UptakeHistory.Read(connection));
        var file = Path.Combine(_folder, "prevision.csv");

        Jobs.Commands.ForecastCsv.Write(file, [results.Single(r => r.Scope == "FR" && r.BeneficiaryType is null)], new Indicators.Secrecy.SmallCountRule(), _ => null);

        var lines = File.ReadAllLines(file, System.Text.Encoding.UTF8);
        var header = lines[0].Split(';');
        Assert.Equal("Fin du mois", header[0]);
        Assert.Equal("Valeurs réelles dans l'intervalle 80 % au backtest (en %)", header[^1]);
        Assert.StartsWith("30/09/2020;FR;France entière;tous;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("31/08/2021;", lines[12], StringComparison.Ordinal);
        var coverage = double.Parse(lines[1].Split(';')[^1].Trim('"'), System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        Assert.True(coverage is >= 1 and <= 100, string.Join("\n", lines.Take(4)) + "\n" + string.Join(" ", results.Single(r => r.Scope == "FR" && r.BeneficiaryType is null).Accuracy.Select(a => $"{a.Model} {a.Mae:0.0} {a.Coverage80:0.00} {a.Chosen}")));
        Assert.Equal(results.Single(r => r.Scope == "FR" && r.BeneficiaryType is null).Chosen.Coverage80!.Value * 100, coverage, 1);

        // Under the small-count rule like every export: with a threshold above France's signers, the observed count and
        // the eligible are masked, and the forecast and its intervals, built on the observed count, are hidden.
        Jobs.Commands.ForecastCsv.Write(file, [results.Single(r => r.Scope == "FR" && r.BeneficiaryType is null)], new Indicators.Secrecy.SmallCountRule(1_000_000), _ => null);
        Assert.StartsWith("30/09/2020;FR;France entière;tous;secret;secret;secret;secret;secret;< 1000000;< 1000000;", File.ReadAllLines(file, System.Text.Encoding.UTF8)[1], StringComparison.Ordinal);
        // The last observed count masked as the contracts' export masks it: so is what is built on it, not the eligible.
        Jobs.Commands.ForecastCsv.Write(file, [results.Single(r => r.Scope == "FR" && r.BeneficiaryType is null)], new Indicators.Secrecy.SmallCountRule(), _ => new("secret"));
        Assert.StartsWith("30/09/2020;FR;France entière;tous;secret;secret;secret;secret;secret;6000;secret;", File.ReadAllLines(file, System.Text.Encoding.UTF8)[1], StringComparison.Ordinal);
    }

    /// <summary>
    /// A database of <paramref name="months"/> months of signatures from September 2019 (médecins of the Ain, Paris and
    /// the Bouches-du-Rhône, 3 to 9 a month), 2 000 eligible in each, extracted on the last day of the last month.
    /// </summary>
    private string Signings(int months)
    {
        var path = Path.Combine(_folder, $"{months}-mois.duckdb");
        using var connection = new AnalyticsDatabase(new DatabaseOptions { Path = path }).Open();
        connection.Execute(
            "INSERT INTO eligibilite (date_extraction, type_beneficiaire, identifiant_beneficiaire, code_departement, eligible, load_id) " +
            "SELECT DATE '2019-07-01', 'medecin_liberal', printf('%011d', d.i * 10000 + n.i), d.code, true, 1 " +
            "FROM (VALUES (1, '01'), (2, '75'), (3, '13')) d(i, code), range(2000) n(i)");
        connection.Execute(
            "INSERT INTO contrats_assistants_medicaux (numero_contrat, type_beneficiaire, identifiant_beneficiaire, code_departement, date_signature, date_debut, date_fin, " +
            "etp_assistants, file_active_reference, objectif_progression_pct, statut, load_id) " +
            "SELECT printf('AM-%d-%d-%d', d.i, m.i, k.i), 'medecin_liberal', printf('%011d', d.i * 10000 + m.i * 10 + k.i), d.code, " +
            "DATE '2019-09-10' + to_months(CAST(m.i AS INTEGER)), DATE '2019-10-01' + to_months(CAST(m.i AS INTEGER)), DATE '2024-09-30' + to_months(CAST(m.i AS INTEGER)), 1, 1000, 10, 'en_cours', 1 " +
            "FROM (VALUES (1, '01'), (2, '75'), (3, '13')) d(i, code), range($months) m(i), range(9) k(i) WHERE k.i < 3 + ((m.i * d.i) % 7)",
            ("months", months));
        connection.Execute("INSERT INTO load_registry (load_id, file_name, sha256, dataset, started_at, ended_at, status, extract_date) " +
                           "VALUES (1, 'contrats.csv', 'x', 'contrats_assistants_medicaux', TIMESTAMP '2024-04-20 08:00', TIMESTAMP '2024-04-20 09:00', 'succeeded', " +
                           "last_day(DATE '2019-09-01' + to_months(CAST($months AS INTEGER) - 1)))", ("months", months));
        return path;
    }
}
