using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Tests;

public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sma-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CodeColumnsOfAnEarlierSchema_BecomeEnums_KeepingTheirRows()
    {
        var options = new DatabaseOptions { Path = Path.Combine(_folder, "v3.duckdb") };
        using (var old = new DuckDBConnection(options.ConnectionString))
        {
            // The table as schema 3 wrote it: codes as text.
            old.Open();
            old.Execute("CREATE TABLE activite_mesuree (load_id BIGINT NOT NULL, type_beneficiaire VARCHAR NOT NULL, " +
                        "identifiant_beneficiaire VARCHAR NOT NULL, mois DATE NOT NULL, file_active BIGINT NOT NULL, patients_medecin_traitant BIGINT)");
            old.Execute("INSERT INTO activite_mesuree VALUES (1, 'medecin_liberal', '10000000001', DATE '2024-01-01', 1200, NULL)");
        }

        using var connection = new AnalyticsDatabase(options).Open();

        Assert.Equal("ENUM('centre_sante', 'medecin_liberal')", Text(connection,
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'activite_mesuree' AND column_name = 'type_beneficiaire'"));
        Assert.Equal("medecin_liberal", Text(connection, "SELECT type_beneficiaire FROM activite_mesuree"));
        Assert.Equal(AnalyticsDatabase.SchemaVersion, AnalyticsDatabase.VersionOf(connection));
    }

    [Fact]
    public void ADatabaseOfSchema4_GainsExtractDatesAndTheDateRules_OnItsFirstOpen_ButAReaderRefusesItUntilThen()
    {
        var options = new DatabaseOptions { Path = Path.Combine(_folder, "v4.duckdb") };
        using (var current = new AnalyticsDatabase(options).Open())
        {
            // What schema 4 had: no extract date, no view, no macros.
            current.Execute("DROP VIEW dataset_extracts; DROP MACRO contract_held; ALTER TABLE load_registry DROP COLUMN extract_date; " +
                            "DELETE FROM schema_info; INSERT INTO schema_info VALUES (4)");
        }

        var refused = Assert.Throws<InvalidDataException>(() => new AnalyticsDatabase(options).OpenReadOnly());
        Assert.Contains($"a été écrite par une version antérieure (schéma 4, attendu {AnalyticsDatabase.SchemaVersion})", refused.Message, StringComparison.Ordinal);

        using (var upgraded = new AnalyticsDatabase(options).Open())
        {
            Assert.Equal(AnalyticsDatabase.SchemaVersion, AnalyticsDatabase.VersionOf(upgraded));
            Assert.Equal("true", Text(upgraded, "SELECT contract_held(DATE '2021-01-15', DATE '2026-01-31', NULL, DATE '2021-01-15')"));
            Assert.Equal("13", Text(upgraded, "SELECT count(*) FROM dataset_extracts"));
        }

        using var reader = new AnalyticsDatabase(options).OpenReadOnly();
        Assert.Equal(AnalyticsDatabase.SchemaVersion, AnalyticsDatabase.VersionOf(reader));
    }

    [Fact]
    public void TheRejectsOfADatabaseOfSchema5_AreCountedByReason_OnItsFirstOpen()
    {
        var options = new DatabaseOptions { Path = Path.Combine(_folder, "v5.duckdb") };
        using (var current = new AnalyticsDatabase(options).Open())
        {
            // Schema 5 kept every reject and had no counts.
            current.Execute("DROP TABLE load_reject_counts; DELETE FROM schema_info; INSERT INTO schema_info VALUES (5)");
            current.Execute("INSERT INTO load_rejects VALUES (7, 'a.csv', 4, 'mois', '2024-13', 'date invalide'), (7, 'a.csv', 2, 'mois', '2024-00', 'date invalide'), " +
                            "(7, 'a.csv', 3, 'file_active', '-1', 'valeur négative')");
        }

        using var upgraded = new AnalyticsDatabase(options).Open();
        Assert.Equal("mois;date invalide;2;2;2024-00|file_active;valeur négative;1;3;-1", Text(upgraded,
            "SELECT string_agg(concat_ws(';', column_name, reason, rows, first_line, example), '|' ORDER BY rows DESC) FROM load_reject_counts WHERE load_id = 7"));
    }

    private static string? Text(DuckDBConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        var value = command.ExecuteScalar();
        return value is bool b ? (b ? "true" : "false") : value?.ToString();
    }
}
