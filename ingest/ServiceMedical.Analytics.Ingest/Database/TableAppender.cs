using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Ingest.Database;

/// <summary>
/// Appends many rows to a table at once (DuckDB's appender), each given by column name: the appender takes values in
/// the table's column order, which schema upgrades change (columns added by ALTER TABLE come last). Thousands of
/// single INSERTs took seconds; the rows join the connection's open transaction.
/// </summary>
public sealed class TableAppender : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly List<string> _columns = [];

    public TableAppender(DuckDBConnection connection, string table)
    {
        using (var command = connection.Command(SqlResource.Load<TableAppender>("table-columns.sql"), ("table", table)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _columns.Add(reader.GetString(0));
            }
        }

        if (_columns.Count == 0)
        {
            throw new InvalidOperationException($"Table inconnue : {table}.");
        }

        _appender = connection.CreateAppender(table);
    }

    /// <summary>One row: every column of the table named once (null for SQL NULL).</summary>
    public void Append(params (string Column, object? Value)[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new ArgumentException($"{values.Length} valeurs pour {_columns.Count} colonnes ({string.Join(", ", _columns)}).", nameof(values));
        }

        var row = _appender.CreateRow();
        foreach (var column in _columns)
        {
            var value = values.Single(v => v.Column == column).Value;
            _ = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                double d => row.AppendValue(d),
                bool b => row.AppendValue(b),
                int i => row.AppendValue(i),
                long l => row.AppendValue(l),
                DateOnly d => row.AppendValue(d.ToDateTime(TimeOnly.MinValue)),
                DateTime d => row.AppendValue(d),
                _ => throw new ArgumentException($"Type non pris en charge pour {column} : {value.GetType().Name}.", nameof(values)),
            };
        }

        row.EndRow();
    }

    public void Dispose() => _appender.Dispose();
}
