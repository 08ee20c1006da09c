using System.Text.Json;
using Microsoft.Playwright;

namespace ServiceMedical.Analytics.Dashboard.BrowserTests;

/// <summary>Every chart as Chromium lays it out: no text leaves the image, no two labels overlap, on a desktop and a tablet.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ChartLayoutTests(BrowserApp app)
{
    // Each text's box in the page, with the SVG's: a text outside the image is cut; two boxes that cross are unreadable.
    private const string MeasureTexts = """
        () => {
          const problems = [];
          let texts = 0;
          let smallest = Infinity;
          for (const block of document.querySelectorAll('[data-chart]')) {
            const svg = block.querySelector('.chart svg');
            if (!svg) continue;
            const frame = svg.getBoundingClientRect();
            const boxes = [];
            for (const text of svg.querySelectorAll('text')) {
              const box = text.getBoundingClientRect();
              const content = text.textContent.trim();
              if (box.width === 0 || content === '') continue;
              texts++;
              // The size a reader sees: the text's size in the image's units, times the image's scale on screen.
              smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * frame.width / svg.viewBox.baseVal.width);
              if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
                problems.push(`${block.dataset.chart}: « ${content} » sort de l'image`);
              }
              for (const other of boxes) {
                const width = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
                const height = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
                if (width > 1 && height > 1) {
                  problems.push(`${block.dataset.chart}: « ${content} » chevauche « ${other.content} »`);
                }
              }
              boxes.push({ box, content });
            }
          }
          return JSON.stringify({ texts, problems, smallest: Number.isFinite(smallest) ? smallest : 0 });
        }
        """;

    [Theory]
    [InlineData("/", 1280)]
    [InlineData("/assistants-medicaux", 1280)]
    [InlineData("/assistants-medicaux", 820)]
    [InlineData("/recrutement", 1280)]
    [InlineData("/recrutement", 820)]
    [InlineData("/integration", 1280)]
    [InlineData("/previsions", 1280)]
    [InlineData("/previsions", 820)]
    public async Task EveryChart_KeepsItsTextInsideTheImage_WithNoTwoLabelsOverlapping(string path, int width)
    {
        var page = await app.SignedInPage("planificateur", "planificateur-demo", width);
        await BrowserApp.Open(page, path);
        // Charts out of view are laid out only when scrolled to: measure them all.
        await page.AddStyleTagAsync(new() { Content = ".chart-block { content-visibility: visible !important; }" });

        var measured = await MeasureEveryView(page);

        Assert.True(measured.Sum(m => m.GetProperty("texts").GetInt32()) > 10, "the charts' texts are SVG text elements");
        Assert.All(measured, AssertNoProblem);
        if (width < 1000)
        {
            // On a tablet every text of a chart, the source lines included, reads at 12 px or more.
            Assert.All(measured, m => Assert.True(m.GetProperty("smallest").GetDouble() >= 12, $"smallest text {m.GetProperty("smallest").GetDouble():0.0} px"));
        }

        await page.Context.CloseAsync();
    }

    /// <summary>The charts as the page opens, then each other view of a tile with several (the map's ranking), one by one.</summary>
    private static async Task<List<JsonElement>> MeasureEveryView(IPage page)
    {
        var measured = new List<JsonElement> { JsonDocument.Parse(await page.EvaluateAsync<string>(MeasureTexts)).RootElement };
        foreach (var view in await page.Locator(".view-switch button[aria-pressed=false]").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.view)"))
        {
            await BrowserApp.ShowView(page, view);
            measured.Add(JsonDocument.Parse(await page.EvaluateAsync<string>(MeasureTexts)).RootElement);
        }

        return measured;
    }

    [Fact]
    public async Task ARegionalDirectorsCharts_AtTabletWidth_KeepTheirTextInside()
    {
        var page = await app.SignedInPage("directeur.aura", "directeur-aura-demo", 820);
        await BrowserApp.Open(page, "/assistants-medicaux");
        await page.AddStyleTagAsync(new() { Content = ".chart-block { content-visibility: visible !important; }" });

        Assert.All(await MeasureEveryView(page), AssertNoProblem);
        await page.Context.CloseAsync();
    }

    private static void AssertNoProblem(JsonElement measured)
    {
        var problems = measured.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
