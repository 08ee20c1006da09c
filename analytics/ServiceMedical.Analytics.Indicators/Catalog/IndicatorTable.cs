using System.Globalization;
using System.Text;

namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>An indicator's rows as a table with French headers, ready for a CSV export or a grid.</summary>
public sealed record IndicatorTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>CSV as French spreadsheets read it: UTF-8 with BOM, <c>;</c>, dates dd/MM/yyyy, decimal commas.</summary>
    public void WriteCsv(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(';', Headers.Select(Quote)));
        foreach (var row in Rows)
        {
            writer.WriteLine(string.Join(';', row.Select(v => Quote(Format(v)))));
        }
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double x => x.ToString("0.####", s_french),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}

/// <summary>One column of an indicator table: its French header and how to read it from a row.</summary>
public sealed record TableColumn<TRow>(string Header, Func<TRow, object?> Value);

internal static class IndicatorTables
{
    public static IndicatorTable From<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<TableColumn<TRow>> columns) =>
        new(columns.Select(c => c.Header).ToList(), rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()).ToList());
}
