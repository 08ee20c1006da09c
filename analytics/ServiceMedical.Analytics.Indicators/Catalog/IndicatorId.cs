namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>
/// An indicator's name in URLs, exports and the command line (<c>adhesion</c>), declared once, by the indicator in its
/// own folder; everything else refers to the indicator itself, never to the text.
/// </summary>
public readonly record struct IndicatorId(string Name)
{
    public override string ToString() => Name;
}
