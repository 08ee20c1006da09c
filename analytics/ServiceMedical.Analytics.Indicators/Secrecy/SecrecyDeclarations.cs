using System.Globalization;
using System.Text;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Indicators.Secrecy;

/// <summary>
/// Which columns of each indicator count people or structures and which figures rest on them, as declared with the
/// columns: the table docs/indicators.md carries (« Statistical secrecy »), written from the declarations so that the
/// two cannot disagree (a test compares them).
/// </summary>
public static class SecrecyDeclarations
{
    private const string Start = "<!-- secrecy-declarations -->\n";
    private const string End = "<!-- /secrecy-declarations -->";

    /// <summary><paramref name="document"/> (docs/indicators.md) with the table between its markers written anew.</summary>
    public static string FillIn(string document)
    {
        var text = document.ReplaceLineEndings("\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"The document has no {Start.Trim()} … {End} block.");
        }

        return text[..(start + Start.Length)] + Markdown().ReplaceLineEndings("\n") + text[end..];
    }

    public static string Markdown()
    {
        var text = new StringBuilder()
            .AppendLine("| Indicator | Counts masked from 1 to N − 1 (whom they count; parts of) | Hidden with them (built on) | Added along |")
            .AppendLine("|---|---|---|---|");
        foreach (var indicator in IndicatorCatalog.All)
        {
            var columns = indicator.Headers.Zip(indicator.Secrecy).ToList();
            var counts = columns.Where(c => c.Second.Role == ColumnRole.Count)
                .Select(c => $"`{c.First}` ({c.Second.Counted}{PartOf(c.Second)}{RunsAlong(c.Second)})");
            var measures = columns.Where(c => c.Second.Role == ColumnRole.Measure && c.Second.RestsOn.Count > 0)
                .Select(c => $"`{c.First}` ({string.Join(", ", c.Second.RestsOn.Select(h => $"`{h}`"))})");
            var axes = columns.Where(c => c.Second.Role == ColumnRole.Axis).Select(c => $"`{c.First}`");
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{indicator.Name}` | {Cell(counts)} | {Cell(measures)} | {Cell(axes)} |");
        }

        return text.ToString();
    }

    private static string PartOf(ColumnSecrecy count) => count.PartOf.Count == 0 ? ""
        : "; part of " + string.Join(", ", count.PartOf.Select(p => $"`{p.Total}`{(p.Partition.Length > 0 ? $" by {p.Partition}" : "")}"));

    private static string RunsAlong(ColumnSecrecy count) => count.Accumulates is not { } running ? ""
        : $"; running total along `{running.Along}`, adding {(running.Increments is { } given ? $"`{given}`" : "the difference")}"
            + (running.OnlyWhere is { } only ? $" where `{only.Column}` is {only.Value}" : "");

    private static string Cell(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } list ? list : "none";
}
