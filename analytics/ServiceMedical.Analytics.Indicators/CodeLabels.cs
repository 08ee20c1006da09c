namespace ServiceMedical.Analytics.Indicators;

/// <summary>The French label of an extract's code, for screens and chart legends (exports keep the codes).</summary>
public static class CodeLabels
{
    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        ["centre_sante"] = "Centres de santé",
        ["medecin_liberal"] = "Médecins libéraux",
        ["medical"] = "Centre médical",
        ["polyvalent"] = "Centre polyvalent",
        ["dentaire"] = "Centre dentaire",
        ["infirmier"] = "Centre infirmier",
        ["autre_monothematique"] = "Autre centre monothématique",
        ["webinaire"] = "Webinaire",
        ["mailing"] = "Envoi de courriels",
        ["visite_delegue"] = "Visite d'un délégué",
        ["medecin_conseil"] = "Médecins-conseils",
        ["chirurgien_dentiste_conseil"] = "Chirurgiens-dentistes-conseils",
        ["pharmacien_conseil"] = "Pharmaciens-conseils",
        ["cnam"] = "Assurance Maladie",
        ["ars"] = "ARS",
    };

    /// <summary>The label, or the code itself when it has none.</summary>
    public static string Of(string code) => s_labels.GetValueOrDefault(code, code);
}
