namespace ServiceMedical.Analytics.DemoData;

/// <summary>What a demo run wrote: one line per file, and the facts it was built to show.</summary>
public sealed record DemoSummary(IReadOnlyList<(string File, long Rows)> Files, int Contracts, int EligibleCentresAuraMay2021);
