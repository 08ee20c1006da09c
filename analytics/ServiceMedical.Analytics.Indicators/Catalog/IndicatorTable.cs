using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using ServiceMedical.Analytics.Indicators.Secrecy;

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

    /// <summary>What each column is to statistical secrecy (<see cref="TableSecrecy"/>); keys unless declared.</summary>
    public IReadOnlyList<ColumnSecrecy> Secrecy { get; init; } = [.. Headers.Select(h => ColumnSecrecy.Of(h, ColumnKind.Value))];

    /// <summary>
    /// CSV as French spreadsheets read it: UTF-8 with BOM, <c>;</c>, dates dd/MM/yyyy, decimal commas; each code column
    /// followed by its label as on screen.
    /// </summary>
    public void WriteCsv(Stream stream)
    {
        var columns = ExportColumns();
        using var writer = new StreamWriter(stream, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(';', columns.Select(c => Quote(Neutralise(c.Header)))));
        foreach (var row in Rows)
        {
            writer.WriteLine(string.Join(';', columns.Select(c => Quote(Format(c.Value(row))))));
        }
    }

    /// <summary>
    /// A sheet « Données »: when <paramref name="about"/> is given, its first lines (title, filters, data date) above the
    /// table; numbers as numbers, rounded as the screen shows them, with French formats (percentages, thousands), dates
    /// as dates, each code followed by its label. And a sheet « À propos » saying what the table shows and as of when.
    /// </summary>
    public void WriteXlsx(Stream stream, IReadOnlyList<string>? about = null)
    {
        var columns = ExportColumns();
        var keys = columns.Select((_, i) => $"c{i}").ToList();
        var sheet = new List<Dictionary<string, object?>>();
        if (about is { Count: > 0 })
        {
            sheet.Add(Line(keys, Neutralise(about[0])));
            sheet.Add(Line(keys, Neutralise(string.Join(" — ", about.Skip(1).Where(l => !l.StartsWith("Source", StringComparison.Ordinal))))));
            sheet.Add(Line(keys, null));
        }

        sheet.Add(keys.Select((k, i) => (k, (object?)Neutralise(columns[i].Header))).ToDictionary(c => c.k, c => c.Item2));
        sheet.AddRange(Rows.Select(row => keys.Select((k, i) => (k, Cell(columns[i].Value(row), columns[i].Kind))).ToDictionary(c => c.k, c => c.Item2)));
        var configuration = new OpenXmlConfiguration
        {
            // The header stays in sight when scrolling, under the title lines.
            FreezeRowCount = sheet.Count - Rows.Count,
            DynamicColumns = [.. keys.Select((k, i) => new DynamicExcelColumn(k) { Format = NumberFormat(columns[i].Kind, columns[i].Value), Width = i == 0 && about is not null ? 24 : 16 })],
        };
        var sheets = new Dictionary<string, object> { ["Données"] = sheet };
        if (about is not null)
        {
            // Headed « À propos » like a table, for whoever reads it as one.
            sheets["À propos"] = ((IEnumerable<string>)["À propos", .. about.Select(Neutralise)]).Select(line => new Dictionary<string, object?> { ["c0"] = line }).ToList();
        }

        stream.SaveAs(sheets, printHeader: false, configuration: configuration);
    }

    /// <summary>The columns a file holds: the table's, each code column followed by its French label.</summary>
    private List<(string Header, Func<IReadOnlyList<object?>, object?> Value, ColumnKind Kind)> ExportColumns()
    {
        var columns = new List<(string, Func<IReadOnlyList<object?>, object?>, ColumnKind)>();
        for (var i = 0; i < Headers.Count; i++)
        {
            var index = i;
            columns.Add((Headers[i], row => row[index], Kinds[i]));
            if (Kinds[i] == ColumnKind.Code)
            {
                columns.Add(($"{Headers[i]} (libellé)", row => row[index] is string code ? CodeLabels.Of(code) : null, ColumnKind.Value));
            }
        }

        return columns;
    }

    private static Dictionary<string, object?> Line(List<string> keys, string? text) =>
        keys.Select((k, i) => (k, i == 0 ? (object?)text : null)).ToDictionary(c => c.k, c => c.Item2);

    /// <summary>A value as a spreadsheet cell: a date as a date, text neutralised, a decimal rounded as the screen shows it.</summary>
    private static object? Cell(object? value, ColumnKind kind) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string text => Neutralise(text),
        SecretValue secret => secret.Text,
        double share when kind == ColumnKind.Share => Math.Round(share, 4),
        double number => Math.Round(number, 2),
        var other => other,
    };

    /// <summary>Excel number formats (the reader's locale shows its own separators): 12,5 %, 1 234, 26,40, 2026, 01/01/2026.</summary>
    private string? NumberFormat(ColumnKind kind, Func<IReadOnlyList<object?>, object?> value)
    {
        var sample = Rows.Select(value).FirstOrDefault(v => v is not null and not SecretValue);
        return kind switch
        {
            ColumnKind.Share => "0.0%",
            ColumnKind.Year => "0",
            _ => sample switch
            {
                DateOnly => "dd/mm/yyyy",
                long or int => "#,##0",
                double => "#,##0.00",
                _ => null,
            },
        };
    }

    /// <summary>The index of the column <paramref name="header"/>; a table without it is a mistake, said by its name.</summary>
    public int ColumnOf(string header) => Headers.ToList().IndexOf(header) is var c and >= 0 ? c : throw new InvalidOperationException($"Colonne absente du tableau : {header}.");

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
public sealed record TableColumn<TRow>(string Header, Func<TRow, object?> Value, ColumnKind Kind = ColumnKind.Value)
{
    /// <summary>What the column is to statistical secrecy: declared for counts and measures, inferred for the rest.</summary>
    public ColumnSecrecy Secrecy { get; init; } = ColumnSecrecy.Of(Header, Kind);
}

internal static class IndicatorTables
{
    public static IndicatorTable From<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<TableColumn<TRow>> columns) =>
        new(columns.Select(c => c.Header).ToList(), rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()).ToList())
        {
            Kinds = columns.Select(c => c.Kind).ToList(),
            Secrecy = columns.Select(c => c.Secrecy).ToList(),
        };
}
