using ServiceMedical.Analytics.Indicators.KeyFigures;

namespace ServiceMedical.Analytics.Indicators.Secrecy;

/// <summary>A key figure as it leaves the product: its value and the previous period's, or what stands for them, and its detail.</summary>
public sealed record ExportedKeyFigure(KeyFigure Figure, object? Value, object? Previous, string Detail);

/// <summary>
/// The small-count rule on a page's key figures (dossiers, PDF covers, e-mails): a figure built on a small count
/// (<see cref="KeyFigure.Counts"/>) is not published — a count reads « &lt; 11 », a rate « secret » — and its detail,
/// which names those counts, reads « secret statistique », as it does when it gives away another small count
/// (<see cref="KeyFigure.DetailCounts"/>). Each period on its own.
/// </summary>
public static class KeyFigureSecrecy
{
    public const string HiddenDetail = "secret statistique";

    public static ExportedKeyFigure Export(this SmallCountRule rule, KeyFigure figure)
    {
        var hidden = figure.Masked || figure.Counts.Any(c => rule.IsSmall(c));
        return new ExportedKeyFigure(figure,
            hidden ? Hidden(rule, figure, figure.Counts) : figure.Value,
            figure.PreviousMasked || figure.PreviousCounts.Any(c => rule.IsSmall(c)) ? Hidden(rule, figure, figure.PreviousCounts) : figure.Previous,
            hidden || figure.DetailCounts.Any(c => rule.IsSmall(c)) ? HiddenDetail : figure.Detail);
    }

    // « < 11 » only where it is true: a count masked to protect another may be of any size.
    private static SecretValue Hidden(SmallCountRule rule, KeyFigure figure, IReadOnlyList<long> counts) =>
        new(figure.Kind == KeyFigureKind.Count && counts.Any(c => rule.IsSmall(c)) ? rule.MaskedText : TableSecrecy.HiddenMeasureText);
}
