using System.Collections.Concurrent;
using Markdig;
using ServiceMedical.Analytics.Indicators.Catalog;

namespace ServiceMedical.Analytics.Dashboard.Charts;

/// <summary>An indicator's definition (its <c>definition.md</c>) as HTML for the screen: Markdown only, any HTML in it shown as text.</summary>
public static class DefinitionMarkup
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly ConcurrentDictionary<IndicatorId, string> s_html = new();

    public static string Of(Indicator indicator) => s_html.GetOrAdd(indicator.Id, _ => Markdown.ToHtml(indicator.Definition, s_pipeline));
}
