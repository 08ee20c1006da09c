using Markdig;

namespace ServiceMedical.Analytics.Dashboard.Glossary;

/// <summary>
/// The glossary's terms, written once in French (glossaire.md, embedded), as HTML; each section heading gets an anchor
/// (« #assistants-medicaux ») that links can point to.
/// </summary>
public static class Glossary
{
    private static readonly Lazy<string> s_html = new(Read);

    public static string Html => s_html.Value;

    private static string Read()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream("glossaire.md")
            ?? throw new InvalidOperationException("The glossary (glossaire.md) is not embedded.");
        using var reader = new StreamReader(stream);
        return Markdown.ToHtml(reader.ReadToEnd(), new MarkdownPipelineBuilder().DisableHtml().UseAutoIdentifiers().Build());
    }
}
