using System.Text.RegularExpressions;

namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// Refuses a column whose name looks like personal data of a person: names, birth dates,
/// addresses, contact details, social-security numbers. Candidates and staff are pseudonymised.
/// </summary>
public static partial class PersonalDataGuard
{
    public static bool LooksPersonal(string columnName) => PersonalColumn().IsMatch(Normalise(columnName));

    private static string Normalise(string name) =>
        name.Trim().ToLowerInvariant().Replace('é', 'e').Replace('è', 'e').Replace(' ', '_').Replace('-', '_');

    [GeneratedRegex(@"^(nom|nom_.*|.*_nom|.*prenom.*|.*naissance.*|.*adresse.*|.*courriel.*|.*e?mail|.*telephone.*|tel|nir|.*securite_sociale.*|sexe|age)$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalColumn();
}
