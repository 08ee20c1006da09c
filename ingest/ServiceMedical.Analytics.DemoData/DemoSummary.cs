namespace ServiceMedical.Analytics.DemoData;

/// <summary>What a demo run wrote: one line per file, the facts it was built to show, and the day its data are complete to.</summary>
public sealed record DemoSummary(IReadOnlyList<(string File, long Rows)> Files, int Contracts, int EligibleCentresAuraMay2021, DateOnly ExtractDate);
