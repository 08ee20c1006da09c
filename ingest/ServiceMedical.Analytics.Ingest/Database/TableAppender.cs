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
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public TableAppender(DuckDBConnection connection, string table)
    {
        using (var command = connection.Command(SqlResource.Load<TableAppender>("table-columns.sql"), ("table", table)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _columns[reader.GetString(0)] = _columns.Count;
            }
        }

        if (_columns.Count == 0)
        {
            throw new InvalidOperationException($"Table inconnue : {table}.");
        }

        _appender = connection.CreateAppender(table);
    }

    /// <summary>
    /// One row: every column of the table named once (null for SQL NULL), as a <see cref="string"/>, <see cref="double"/>,
    /// <see cref="bool"/>, <see cref="long"/> or <see cref="DateOnly"/> of the column's type. Checked whole before the row is
    /// begun: an appender left with half a row cannot be used again.
    /// </summary>
    public void Append(params (string Column, object? Value)[] values)
    {
        var ordered = new object?[_columns.Count];
        var named = new bool[_columns.Count];
        foreach (var (column, value) in values)
        {
            if (!_columns.TryGetValue(column, out var index) || named[index])
            {
                throw new ArgumentException($"Colonne inconnue ou nommée deux fois : {column} (colonnes : {string.Join(", ", _columns.Keys)}).", nameof(values));
            }

            if (value is not (null or string or double or bool or long or DateOnly))
            {
                throw new ArgumentException($"Type non pris en charge pour {column} : {value.GetType().Name}.", nameof(values));
            }

            (ordered[index], named[index]) = (value, true);
        }

        if (named.Contains(false))
        {
            throw new ArgumentException($"{values.Length} valeurs pour {_columns.Count} colonnes ({string.Join(", ", _columns.Keys)}).", nameof(values));
        }

        var row = _appender.CreateRow();
        foreach (var value in ordered)
        {
            _ = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                double d => row.AppendValue(d),
                bool b => row.AppendValue(b),
                long l => row.AppendValue(l),
                _ => row.AppendValue(((DateOnly)value).ToDateTime(TimeOnly.MinValue)),
            };
        }

        row.EndRow();
    }

    public void Dispose() => _appender.Dispose();
}
