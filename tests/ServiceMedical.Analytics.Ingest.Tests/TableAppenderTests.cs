using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Ingest.Tests;

public sealed class TableAppenderTests
{
    /// <summary>A column added by ALTER TABLE comes last: values given by name land in their columns all the same, in the open transaction.</summary>
    [Fact]
    public void RowsAreAppendedByColumnName_WhateverTheTablesOrder_AndRollBackWithTheTransaction()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE TABLE points (scope VARCHAR, month DATE, low80 DOUBLE); ALTER TABLE points ADD COLUMN kind VARCHAR;");

        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = new TableAppender(connection, "points"))
            {
                appender.Append(("kind", "prevision"), ("low80", 12.5), ("scope", "84"), ("month", new DateOnly(2026, 12, 1)));
                appender.Append(("kind", "observe"), ("low80", null), ("scope", "FR"), ("month", new DateOnly(2026, 11, 1)));
            }

            transaction.Commit();
        }

        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = new TableAppender(connection, "points"))
            {
                appender.Append(("kind", "observe"), ("low80", 1.0), ("scope", "93"), ("month", new DateOnly(2026, 10, 1)));
            }

            transaction.Rollback();
        }

        using var command = connection.Command("SELECT scope || ' ' || strftime(month, '%d/%m/%Y') || ' ' || kind || ' ' || coalesce(low80::VARCHAR, '-') FROM points ORDER BY scope");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.Equal(["84 01/12/2026 prevision 12.5", "FR 01/11/2026 observe -"], rows);
    }

    [Fact]
    public void AMissingColumnOrAnUnknownTable_IsRefused()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE TABLE points (scope VARCHAR, low80 DOUBLE)");

        using var appender = new TableAppender(connection, "points");
        var missing = Assert.Throws<ArgumentException>(() => appender.Append(("scope", "84")));
        Assert.StartsWith("1 valeurs pour 2 colonnes (scope, low80)", missing.Message, StringComparison.Ordinal);
        var misspelt = Assert.Throws<ArgumentException>(() => appender.Append(("scope", "84"), ("low_80", 1.0)));
        Assert.StartsWith("Colonne inconnue ou nommée deux fois : low_80 (colonnes : scope, low80)", misspelt.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => appender.Append(("scope", "84"), ("LOW80", 1)));
        // Refused before the row was begun: the appender goes on, names matched whatever their case.
        appender.Append(("SCOPE", "93"), ("low80", 2.5));
        Assert.Equal("Table inconnue : absente.", Assert.Throws<InvalidOperationException>(() => new TableAppender(connection, "absente")).Message);
    }
}
