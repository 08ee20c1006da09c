namespace ServiceMedical.Analytics.Scheduling.ExportPacks;

/// <summary>Where an export pack was written and how many dossiers it holds.</summary>
public sealed record ExportPackReport(string Folder, int Scopes, int Dossiers)
{
    public override string ToString() => $"{Dossiers} dossiers pour {Scopes} périmètre(s) dans {Folder}";
}
