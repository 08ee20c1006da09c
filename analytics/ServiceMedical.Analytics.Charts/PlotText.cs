namespace ServiceMedical.Analytics.Charts;

/// <summary>What a plot writes around its data: its title above, and under it the footer (filters, source, data date).</summary>
public sealed record PlotText(string Title, string Footer);
