using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;
using Sylvan.Data.Csv;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// Stages the public FINESS extract (data.gouv.fr, <c>etalab-cs1100502</c>): <c>;</c>-separated, no
/// header, a first line <c>finess;etalab;…</c>, then <c>structureet</c> rows of 32 fields (plus the
/// trailing <c>;</c>). Only category 124, <i>Centre de Santé</i>, is kept.
/// </summary>
public static class FinessExtractStager
{
    public const string CentreDeSanteCategory = "124";

    // Field positions in a structureet row: the field dictionary's rank minus one.
    private const int FinessEt = 1, RaisonSociale = 3, RaisonSocialeLongue = 4, Departement = 13, Categorie = 18, DateOuverture = 28;
    private const int StructureFields = 32;

    /// <summary>True when the first line is the extract's own header line.</summary>
    public static bool IsFinessExtract(string firstLine) => firstLine.StartsWith("finess;etalab;", StringComparison.Ordinal);

    public static StagedFile Stage(DuckDBConnection connection, string path, string fileName, FileProbe probe)
    {
        var dataset = DataContracts.CentresSante;
        StagingSql.CreateEmpty(connection, dataset);
        using var text = new StreamReader(path, probe.Encoding.ToEncoding(), detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = false });
        using var appender = connection.CreateAppender(StagedFile.Table);
        long line = 0, rows = 0;
        bool Next()
        {
            try
            {
                return csv.Read();
            }
            catch (CsvFormatException e)
            {
                // No header: the reader's record 1 is line 1.
                throw ReadFailure.Csv(fileName, e, firstRecordLine: 1);
            }
        }

        while (Next())
        {
            line++;
            if (csv.GetString(0) != "structureet")
            {
                continue;
            }

            // 32 fields, or 33 when the row ends with the extract's trailing ';'.
            if (csv.RowFieldCount < StructureFields || csv.RowFieldCount > StructureFields + 1)
            {
                throw new IngestException(fileName,
                    $"ligne structureet de {csv.RowFieldCount} champs, {StructureFields} attendus (format FINESS etalab cs1100502)", line);
            }

            if (csv.GetString(Categorie) != CentreDeSanteCategory)
            {
                continue;
            }

            rows++;
            var name = csv.GetString(RaisonSocialeLongue);
            appender.CreateRow()
                .AppendValue(line)
                .AppendValue(csv.GetString(FinessEt))
                .AppendValue(string.IsNullOrWhiteSpace(name) ? csv.GetString(RaisonSociale) : name)
                .AppendValue(CogDepartment(csv.GetString(Departement)))
                .AppendValue((string?)null)
                .AppendValue((string?)null)
                .AppendValue((string?)null)
                .AppendValue(csv.GetString(DateOuverture))
                .EndRow();
        }

        return new StagedFile(dataset, "finess-etalab", probe.Encoding.Label(), "stg.__line", rows);
    }

    /// <summary>FINESS codes overseas departments 9A–9F; the COG codes them 971–976.</summary>
    public static string CogDepartment(string finessDepartment) => finessDepartment switch
    {
        "9A" => "971",
        "9B" => "972",
        "9C" => "973",
        "9D" => "974",
        "9F" => "976",
        _ => finessDepartment,
    };
}
