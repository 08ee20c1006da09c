using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// How a column reads: a plain value, a share (0–1, shown as a percentage), a code (shown by its French label) or a year
/// (2026, never grouped as a number).
/// </summary>
public enum ColumnKind
{
    Value,
    Share,
    Code,
    Year,
}

/// <summary>An indicator's rows as a table with French headers, ready for a CSV or XLSX export or a grid.</summary>
public sealed record IndicatorTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly CultureInfo s_french = FrenchFormat.Culture;

    /// <summary>The kind of each column; plain values unless the indicator says otherwise.</summary>
    public IReadOnlyList<ColumnKind> Kinds { get; init; } = [.. Headers.Select(_ => ColumnKind.Value)];

    /// <summary>CSV as French spreadsheets read it: UTF-8 with BOM, <c>;</c>, dates dd/MM/yyyy, decimal commas.</summary>
    public void WriteCsv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(';', Headers.Select(h => Quote(Neutralise(h)))));
        foreach (var row in Rows)
        {
            writer.WriteLine(string.Join(';', row.Select(v => Quote(Format(v)))));
        }
    }

    /// <summary>
    /// One sheet named after the indicator, numbers as numbers and dates as dates; and, when <paramref name="about"/> is
    /// given, a second sheet « À propos » saying what the table shows, for whom and as of when (its data horizon).
    /// </summary>
    public void WriteXlsx(Stream stream, string sheetName, IReadOnlyList<string>? about = null)
    {
        var rows = Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(Headers.Count);
            for (var i = 0; i < Headers.Count; i++)
            {
                cells[Neutralise(Headers[i])] = row[i] switch
                {
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    string text => Neutralise(text),
                    var value => value,
                };
            }

            return cells;
        }).ToList();
        // MiniExcel takes the headers from the first row: an empty table still gets them.
        if (rows.Count == 0)
        {
            rows.Add(Headers.ToDictionary(Neutralise, _ => (object?)null));
        }

        var sheet = sheetName.Length > 31 ? sheetName[..31] : sheetName;
        if (about is null)
        {
            stream.SaveAs(rows, sheetName: sheet);
            return;
        }

        var aboutRows = about.Select(line => new Dictionary<string, object?> { ["À propos"] = Neutralise(line) }).ToList();
        stream.SaveAs(new Dictionary<string, object> { [sheet] = rows, ["À propos"] = aboutRows });
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => Neutralise(text),
        DateOnly d => FrenchFormat.Day(d),
        double x => x.ToString("0.####", s_french),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(value.ToString() ?? ""),
    };

    /// <summary>
    /// Text that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return first) gets a
    /// leading apostrophe, so that an extract's text can never run in a planner's spreadsheet. Numbers are not text.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>
    /// RFC 4180 quoting, for readers that split on <c>;</c> and for those that split on <c>,</c>: a cell holding either,
    /// a quote, a line end or edge spaces is quoted (a French decimal comma included), so that no part of a cell can
    /// become a cell of its own (and slip past <see cref="Neutralise"/>).
    /// </summary>
    private static string Quote(string text) =>
        text.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}

/// <summary>One column of an indicator table: its French header, how to read it from a row, and how it reads.</summary>
public sealed record TableColumn<TRow>(string Header, Func<TRow, object?> Value, ColumnKind Kind = ColumnKind.Value);

internal static class IndicatorTables
{
    public static IndicatorTable From<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<TableColumn<TRow>> columns) =>
        new(columns.Select(c => c.Header).ToList(), rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()).ToList())
        {
            Kinds = columns.Select(c => c.Kind).ToList(),
        };
}
