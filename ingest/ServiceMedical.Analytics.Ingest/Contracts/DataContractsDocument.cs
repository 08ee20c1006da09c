using System.Globalization;
using System.Text;

namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>Renders <c>docs/data-contracts.md</c> from the contracts, so the document cannot drift from the code.</summary>
public static class DataContractsDocument
{
    public static string Render()
    {
        var md = new StringBuilder();
        md.AppendLine("# Data contracts").AppendLine()
          .AppendLine("<!-- Generated from `ingest/ServiceMedical.Analytics.Ingest/Contracts/DataContracts.cs` by")
          .AppendLine("     `dotnet run --project jobs/ServiceMedical.Analytics.Jobs -- docs`; a test fails when it is stale. -->").AppendLine()
          .AppendLine("Every extract holds one dataset. The loader finds the dataset from the file name, which starts")
          .AppendLine("with the dataset name (`centres_sante.csv`, `eligibilite_2021-01.csv`…); the public FINESS extract")
          .AppendLine("(`etalab-cs1100502-*.csv`, first line `finess;etalab;…`) is read as `centres_sante`, keeping category 124.").AppendLine()
          .AppendLine("**Files.** CSV with `;` or `,` (detected from the header), UTF-8 with or without BOM, or Windows-1252")
          .AppendLine("(detected: a file that is not valid UTF-8 is read as Windows-1252); XLSX (first sheet, header on row 1);")
          .AppendLine("Parquet. Dates `dd/MM/yyyy` or `yyyy-MM-dd`; decimals with `.` or `,`; booleans `oui`/`non`, `1`/`0`, `true`/`false`.")
          .AppendLine("Column names are matched case-insensitively; an unknown column, a missing required column, a repeated column,")
          .AppendLine("or a column whose name looks like personal data (name, first name, birth date, address, e-mail, phone, NIR)")
          .AppendLine("refuses the whole file. A value spanning several lines refuses the file too (line numbers would be wrong).").AppendLine()
          .AppendLine("**Loading.** A file loads in one transaction. Each row is checked against every rule below; a broken rule")
          .AppendLine("writes a reject (file, line, column, value, reason) to `load_rejects` — the first 10 000 of a load by line;")
          .AppendLine("`load_reject_counts` counts every one by column and reason, with its first line and value. A repeated key")
          .AppendLine("is rejected from its second line on, the reject's value being the whole key. If more than the reject threshold")
          .AppendLine("(`Ingest:MaxRejectedShare`, 5 % by default) of the rows are rejected, nothing of the file is kept but its")
          .AppendLine("rejects; otherwise the valid rows replace the rows with the same key and the others stay. Loading the same")
          .AppendLine("content (same SHA-256) again changes nothing. Every attempt is in `load_registry`; the command")
          .AppendLine("`rejects --load N --out FILE` writes a load's rejects as CSV.").AppendLine()
          .AppendLine("Rules that name another dataset are checked against what is already loaded, so datasets load in the order below.").AppendLine()
          .AppendLine("**Extracts as they arrive.** A department, region or FINESS code that lost its leading zero in a spreadsheet")
          .AppendLine("(`1` for `01`, 8 digits for a FINESS) gets it back — one zero only, two missing would be a guess. A date may carry a")
          .AppendLine("time of midnight (`2019-09-02 00:00:00`, `02/09/2019 00:00`), another time is refused. A whole number may be written")
          .AppendLine("as spreadsheets do (`1234.0`, `1e3`). An empty file, a quote never closed, a record of megabytes, a damaged workbook")
          .AppendLine("or Parquet file, UTF-16 text are refused with their reason and line; lines ending with `\\r` or in mixed ways are read,")
          .AppendLine("blank lines at the end ignored. Identifiers are technical codes (2 to 40 letters, digits and `/ . _ -`, no space, no")
          .AppendLine("date): a name, a birth date or an address in them is refused, as people are pseudonymised. A contract runs five")
          .AppendLine("years, or as an amendment sets it (at most six); an objective of 0 % commits to keeping the file active; a renewal")
          .AppendLine("is a new contract of the same beneficiary.").AppendLine()
          .AppendLine("**Extract date.** Each dataset has an extract date: the day its figures are complete to. A file declares it by")
          .AppendLine("ending its name with the date, `AAAA-MM-JJ` or `AAAAMMJJ` (`contrats_assistants_medicaux_2026-11-30.xlsx`; a month")
          .AppendLine("alone, as in `eligibilite_2021-01.csv`, declares nothing). The declared date may not be after the day of the load, and")
          .AppendLine("no event of the file may be after it (such rows are rejected: the extract cannot know them). Without a declared date,")
          .AppendLine("the extract date is the latest date of the dataset's events in the data (below, per dataset; a month measured counts")
          .AppendLine("to its last day) — the day of the last signature, say, which may be earlier than the extract: declare it. The dataset's")
          .AppendLine("extract date is the latest of its loads (view `dataset_extracts`; shown on the *Données* page). Datasets of events")
          .AppendLine("bound the **data horizon** of the figures that read them (`docs/indicators.md`); eligibility snapshots apply until")
          .AppendLine("the next one and reference lists hold no events, so neither holds the horizon back.").AppendLine();

        foreach (var dataset in DataContracts.All)
        {
            var replaces = dataset.Dating.Timing == DatasetTiming.Snapshot
                ? "a new file replaces every row of the snapshots it brings — a snapshot's extract is its whole list"
                : "a new file replaces rows with the same key";
            md.AppendLine(CultureInfo.InvariantCulture, $"## `{dataset.Name}` — {dataset.Title}").AppendLine()
              .AppendLine(dataset.Description).AppendLine()
              .AppendLine(CultureInfo.InvariantCulture, $"Key: {string.Join(", ", dataset.Key.Select(k => $"`{k}`"))} (unique within a file; {replaces}).").AppendLine()
              .AppendLine(CultureInfo.InvariantCulture, $"Extract date: {Dating(dataset.Dating)}").AppendLine()
              .AppendLine("| Column | Type | Required | Meaning | Rules |")
              .AppendLine("|---|---|---|---|---|");
            foreach (var column in dataset.Columns)
            {
                var rules = string.Join("; ", column.Checks.Select(c => c.Documentation).Concat(column.Repair is { } r ? [r.Documentation] : []));
                md.AppendLine(CultureInfo.InvariantCulture, $"| `{column.Name}` | {ColumnTypeSql.Describe(column.Type)} | {(column.Required ? "yes" : "no")} | {column.Description} | {rules} |");
            }

            if (dataset.Rules.Count > 0)
            {
                md.AppendLine().AppendLine("Row rules (reject reason in French):").AppendLine();
                foreach (var rule in dataset.Rules)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- {rule.Documentation} — « {rule.Reason} » (column `{rule.Column}`)");
                }
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Dating(ExtractDating dating) => dating.Timing switch
    {
        DatasetTiming.Events => $"declared by the file name, else the latest of {string.Join(", ", dating.Columns.Select(c => $"`{c}`"))}; bounds the data horizon.",
        DatasetTiming.Snapshot => $"declared by the file name, else the latest `{dating.Columns[0]}` (a snapshot applies until the next one: it does not bound the data horizon).",
        _ => "declared by the file name, else the day of the load (a reference list: it does not bound the data horizon).",
    };
}
