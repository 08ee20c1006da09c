using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Dashboard.Components.Parts;

namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>
/// The table beside a chart as one piece of HTML, built once per drawn chart and shared like it. A filter change
/// then replaces each table in one step in the browser, where a component table would send one edit per cell
/// (hundreds per table): that was most of the time from a filter change to the charts. Every value is encoded. A cell
/// the exports mask (statistical secrecy) is marked, and shows what the exports write when <c>asExported</c>.
/// </summary>
public static class ChartTableMarkup
{
    // Markup characters are encoded; French letters stay as they are (a table is mostly words and numbers).
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Of(RenderedChart rendered, bool asExported = false)
    {
        var table = rendered.Table;
        var exported = rendered.Exported;
        var html = new StringBuilder(256 + (table.Rows.Count * table.Headers.Count * 24));
        // Said once in the caption rather than on each marked cell: a table is sent whole at every filter change.
        var note = exported.AnyHidden ? " — cellules soulignées : masquées dans les exports (secret statistique)" : "";
        html.Append("<table class=\"data\"><caption>").Append(Encode($"{rendered.Caption.Title} — {rendered.Caption.Filters}{note}")).Append("</caption><thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                if (exported.IsHidden(r, i))
                {
                    // Exact on screen, marked; « Voir les tableaux comme à l'export » shows what the exports write instead.
                    html.Append("<td class=\"num secret\">").Append(Encode(TableCell.Text((asExported ? exported.Table : table).Rows[r][i], table.Kinds[i]))).Append("</td>");
                    continue;
                }

                html.Append(TableCell.IsNumber(row[i]) ? "<td class=\"num\">" : "<td>").Append(Encode(TableCell.Text(row[i], table.Kinds[i]))).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Encode(string text) => s_encoder.Encode(text);
}
