using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using MiniExcelLibs;

namespace ServiceMedical.Analytics.Ingest.Tests.Recomputation;

public sealed record RawContract(string Number, string Type, string Id, string Department, DateOnly Signed, DateOnly Start, DateOnly End,
    int Reference, double Objective, DateOnly? Terminated);
public sealed record RawEligibility(DateOnly Snapshot, string Type, string Id, string Department, bool Eligible);
public sealed record RawActivity(string Type, string Id, DateOnly Month, long FileActive);
public sealed record RawAction(string ActionType, DateOnly Day, string Department, string Type, string Id);
public sealed record RawTrainee(string? Contract, string Organisation, DateOnly Start, double Hours, DateOnly? Certified);
public sealed record RawPost(string Id, string Campaign, string Profession, string Employer, string Region, DateOnly Published, DateOnly Deadline);
public sealed record RawApplication(string Id, string Post, DateOnly Sent, bool Admissible);
public sealed record RawInterview(string Application, string Post, DateOnly Day, int Minutes, bool Regional, bool Adjoint, bool Chief, bool Hr, bool Ars,
    string Decision, DateOnly Decided);
public sealed record RawNomination(string Post, string Application, DateOnly Published, DateOnly Start, bool? TookUp);
public sealed record RawIntegration(string Application, DateOnly Hired, DateOnly? Tutor, DateOnly? Completed);

/// <summary>
/// The demo's extract files read back without the product's readers: plain text splitting for CSV (either separator,
/// UTF-8 or Windows-1252, French or ISO formats), MiniExcel for the XLSX, DuckDB's read_parquet as a mere file reader.
/// What is recomputed from these rows is done in C#, independently of the product's SQL.
/// </summary>
public sealed class RawDemo
{
    public RawDemo(string folder)
    {
        string File(string prefix) => Directory.EnumerateFiles(folder, prefix + "*").Single();
        Regions = Csv(File("geographie_")).ToDictionary(r => r["code_departement"], r => r["code_region"], StringComparer.Ordinal);
        CentreTypes = Csv(File("centres_sante_")).ToDictionary(r => r["finess"], r => r["type_centre"], StringComparer.Ordinal);
        Eligibility = [.. Directory.EnumerateFiles(folder, "eligibilite_*").SelectMany(Csv).Select(r =>
            new RawEligibility(Date(r["date_extraction"]), r["type_beneficiaire"], r["identifiant_beneficiaire"], r["code_departement"], Bool(r["eligible"])))];
        Contracts = [.. MiniExcel.Query(File("contrats_assistants_medicaux_"), useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r =>
            new RawContract((string)r["numero_contrat"]!, (string)r["type_beneficiaire"]!, Text(r["identifiant_beneficiaire"]), Text(r["code_departement"]),
                Day(r["date_signature"])!.Value, Day(r["date_debut"])!.Value, Day(r["date_fin"])!.Value,
                Convert.ToInt32(r["file_active_reference"], CultureInfo.InvariantCulture), Convert.ToDouble(r["objectif_progression_pct"], CultureInfo.InvariantCulture),
                Day(r["date_resiliation"])))];
        Activity = ReadParquet(File("activite_mesuree_"));
        Actions = [.. Csv(File("actions_accompagnement_")).Select(r =>
            new RawAction(r["type_action"], Date(r["date_action"]), r["code_departement"], r["type_beneficiaire"], r["identifiant_beneficiaire"]))];
        Trainees = [.. Csv(File("formations_cqp_")).Select(r =>
            new RawTrainee(Optional(r["numero_contrat"]), r["code_organisme"], Date(r["date_debut_formation"]), Number(r["heures_realisees"]), OptionalDate(r["date_certification"])))];
        Organisations = Csv(File("organismes_cqp_")).ToDictionary(r => r["code_organisme"], r => r["libelle"], StringComparer.Ordinal);
        Posts = [.. Csv(File("postes_recrutement_")).Select(r => new RawPost(r["identifiant_poste"], r["campagne"], r["profession"], r["employeur"], r["code_region"],
            Date(r["date_publication"]), Date(r["date_limite_candidature"])))];
        Applications = [.. Csv(File("candidatures_")).Select(r => new RawApplication(r["identifiant_candidature"], r["identifiant_poste"], Date(r["date_candidature"]), Bool(r["recevable"])))];
        Interviews = [.. Csv(File("entretiens_")).Select(r => new RawInterview(r["identifiant_candidature"], r["identifiant_poste"], Date(r["date_entretien"]),
            int.Parse(r["duree_minutes"], CultureInfo.InvariantCulture), Bool(r["jury_medecin_conseil_regional"]), Bool(r["jury_medecin_conseil_regional_adjoint"]),
            Bool(r["jury_praticien_chef_service"]), Bool(r["jury_rh_cnam"]), Bool(r["jury_ars"]), r["decision"], Date(r["date_decision"])))];
        Nominations = [.. Csv(File("nominations_")).Select(r => new RawNomination(r["identifiant_poste"], r["identifiant_candidature"], Date(r["date_publication"]),
            Date(r["date_prise_fonctions"]), r["prise_de_poste_effective"].Length == 0 ? null : Bool(r["prise_de_poste_effective"])))];
        Integrations = [.. Csv(File("parcours_integration_")).Select(r => new RawIntegration(r["identifiant_candidature"], Date(r["date_embauche"]),
            OptionalDate(r["date_designation_tuteur"]), OptionalDate(r["date_fin_parcours"])))];
    }

    public Dictionary<string, string> Regions { get; }
    public Dictionary<string, string> CentreTypes { get; }
    public Dictionary<string, string> Organisations { get; }
    public List<RawEligibility> Eligibility { get; }
    public List<RawContract> Contracts { get; }
    public List<RawActivity> Activity { get; }
    public List<RawAction> Actions { get; }
    public List<RawTrainee> Trainees { get; }
    public List<RawPost> Posts { get; }
    public List<RawApplication> Applications { get; }
    public List<RawInterview> Interviews { get; }
    public List<RawNomination> Nominations { get; }
    public List<RawIntegration> Integrations { get; }

    private static IEnumerable<Dictionary<string, string>> Csv(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }

        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(lines[0], separator);
        foreach (var line in lines.Skip(1))
        {
            var cells = Split(line, separator);
            yield return header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal);
        }
    }

    private static List<string> Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static List<RawActivity> ReadParquet(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type_beneficiaire, identifiant_beneficiaire, mois, file_active FROM read_parquet($path)";
        command.Parameters.Add(new DuckDBParameter("path", path));
        using var reader = command.ExecuteReader();
        var rows = new List<RawActivity>();
        while (reader.Read())
        {
            rows.Add(new RawActivity(reader.GetString(0), reader.GetString(1), Month(reader.GetString(2)), reader.GetInt64(3)));
        }

        return rows;
    }

    private static DateOnly Date(string text) =>
        DateOnly.ParseExact(text, text.Contains('/', StringComparison.Ordinal) ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Month(string text) =>
        DateOnly.ParseExact(text.Contains('/', StringComparison.Ordinal) ? "01/" + text : text + "-01", text.Contains('/', StringComparison.Ordinal) ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string text) => text.Length == 0 ? null : Date(text);

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static bool Bool(string text) => text is "oui" or "true" or "1";

    private static double Number(string text) => double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static DateOnly? Day(object? value) => value switch
    {
        null => null,
        DateTime d => DateOnly.FromDateTime(d),
        string s when s.Length == 0 => null,
        string s => Date(s),
        _ => throw new InvalidDataException($"Not a date: {value}"),
    };
}
