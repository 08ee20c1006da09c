using System.Globalization;
using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>Runs SQL on a DuckDB connection with values bound as parameters, never written into the text.</summary>
public static class SqlCommands
{
    /// <summary>A command with the given parameters; those the SQL does not name (<c>$name</c>) are left out.</summary>
    public static DuckDBCommand Command(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains("$" + p.Name, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        return command;
    }

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public static long Execute(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, as a whole number.</summary>
    public static long ScalarLong(this DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
