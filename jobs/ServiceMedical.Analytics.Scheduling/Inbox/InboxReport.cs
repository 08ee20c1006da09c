namespace ServiceMedical.Analytics.Scheduling.Inbox;

/// <summary>What one run of the inbox job did with each file it found (also kept as the Hangfire job's result).</summary>
public sealed record InboxReport(IReadOnlyList<InboxFile> Files)
{
    public int Loaded => Files.Count(f => f.Outcome == InboxOutcome.Loaded);

    public int Refused => Files.Count(f => f.Outcome == InboxOutcome.Refused);

    public override string ToString() =>
        Files.Count == 0 ? "boîte de dépôt vide"
        : $"{Loaded} chargé(s), {Files.Count(f => f.Outcome == InboxOutcome.AlreadyLoaded)} déjà chargé(s), {Refused} refusé(s)";
}

public enum InboxOutcome
{
    Loaded,
    AlreadyLoaded,
    Refused,
}

/// <summary>One file: where it went and, when refused, why.</summary>
public sealed record InboxFile(string FileName, InboxOutcome Outcome, long RowsAccepted, long RowsRejected, string MovedTo, string? Message);
