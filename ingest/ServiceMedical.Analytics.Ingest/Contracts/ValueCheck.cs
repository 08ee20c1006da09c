using System.Globalization;

namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// A rule on one column's typed value. <see cref="FailsWhen"/> is SQL over the typed value
/// <c>{v}</c>; it is evaluated only when the value is present and parsed. <see cref="Codes"/> is
/// the closed list of a code list check, which the column's storage type then enforces too.
/// </summary>
public sealed record ValueCheck(string FailsWhen, string Reason, string Documentation, IReadOnlyList<string>? Codes = null)
{
    public static ValueCheck Pattern(string regex, string reason) =>
        new($"NOT regexp_full_match({{v}}, '{regex}')", reason, $"matches `{regex}`");

    public static ValueCheck OneOf(params string[] codes) =>
        new($"{{v}} NOT IN ({string.Join(", ", codes.Select(c => $"'{c}'"))})",
            $"valeur hors liste ({string.Join(", ", codes)})",
            $"one of {string.Join(", ", codes.Select(c => $"`{c}`"))}",
            codes);

    public static ValueCheck Between(double min, double max) =>
        new($"{{v}} < {Num(min)} OR {{v}} > {Num(max)}",
            $"valeur hors de l'intervalle [{Num(min)} ; {Num(max)}]",
            $"between {Num(min)} and {Num(max)}");

    public static ValueCheck AtLeast(double min) =>
        new($"{{v}} < {Num(min)}", $"valeur inférieure à {Num(min)}", $"≥ {Num(min)}");

    public static ValueCheck Positive() =>
        new("{v} <= 0", "valeur nulle ou négative", "> 0");

    /// <summary>Dates of this product's domain: nothing before 2015, nothing after 2040.</summary>
    public static ValueCheck DateInRange() =>
        new("{v} < DATE '2015-01-01' OR {v} > DATE '2040-12-31'",
            "date hors de la période admise (2015 à 2040)", "between 2015-01-01 and 2040-12-31");

    /// <summary>An event that has happened: not after the extract date the file name declares, nor after the day of the load.</summary>
    public static ValueCheck NotInFuture() =>
        new("{v} < DATE '2015-01-01' OR {v} > $today",
            "date hors période (avant 2015, ou postérieure à la date d'extraction ou au jour du chargement)",
            "between 2015-01-01 and the extract date (the day of the load when the file name declares none)");

    /// <summary>
    /// A technical identifier: 2 to 40 letters, digits and <c>/ . _ -</c>, no space — and nothing shaped like a date of
    /// birth. Free text there could hold a person's name, birth date or address; people are pseudonymised.
    /// </summary>
    public static ValueCheck Identifier() =>
        new("NOT regexp_full_match({v}, '[A-Za-z0-9][A-Za-z0-9/._-]{1,39}') OR regexp_matches({v}, '(^|[^0-9])[0-3]?[0-9][/._-][01]?[0-9][/._-](19|20)[0-9]{2}([^0-9]|$)')",
            "identifiant attendu : 2 à 40 lettres, chiffres ou / . _ -, sans espace ni date (pas de nom, date de naissance ou adresse : les personnes sont pseudonymisées)",
            "2 to 40 letters, digits or `/ . _ -`, no space, no date (no name, birth date or address)");

    public static ValueCheck DepartmentInCog() =>
        new("{v} NOT IN (SELECT code FROM ref_departements)",
            "département absent du COG 2025", "a department code of the INSEE COG 2025");

    public static ValueCheck RegionInCog() =>
        new("{v} NOT IN (SELECT code FROM ref_regions)",
            "région absente du COG 2025", "a region code of the INSEE COG 2025");

    /// <summary>
    /// FINESS: 9 characters, department prefix (digits, 2A/2B), then a Luhn key on the 9th digit
    /// (checked on all-digit numbers, the form of every number outside Corsica). DuckDB does not
    /// short-circuit, hence TRY_CAST on characters that may be absent.
    /// </summary>
    public static ValueCheck Finess() =>
        new("NOT regexp_full_match({v}, '[0-9][0-9AB][0-9]{7}') OR (regexp_full_match({v}, '[0-9]{9}') AND " +
            "(10 - list_sum(list_transform(range(1, 9), i -> CASE WHEN i % 2 = 0 " +
            "THEN 2 * TRY_CAST(substr({v}, i, 1) AS INTEGER) - CASE WHEN TRY_CAST(substr({v}, i, 1) AS INTEGER) >= 5 THEN 9 ELSE 0 END " +
            "ELSE TRY_CAST(substr({v}, i, 1) AS INTEGER) END)) % 10) % 10 <> TRY_CAST(substr({v}, 9, 1) AS INTEGER))",
            "numéro FINESS invalide (9 caractères, clé de contrôle)",
            "FINESS: 9 characters `[0-9][0-9AB][0-9]{7}`, Luhn check digit when all digits");

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);
}
