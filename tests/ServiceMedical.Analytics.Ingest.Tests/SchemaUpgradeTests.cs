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

    private static string? Text(DuckDBConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        return command.ExecuteScalar()?.ToString();
    }
}
