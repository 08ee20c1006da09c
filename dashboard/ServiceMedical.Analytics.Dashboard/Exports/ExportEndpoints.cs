using ServiceMedical.Analytics.Dashboard.Audit;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Pages;
using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Dashboard.Exports;

/// <summary>
/// Exports behind sign-in, with the screen's filters (the same query string) and the user's scope, each
/// recorded in the audit log: charts as PNG (1600 px wide) and SVG, tables as CSV and XLSX, a page as a ZIP dossier.
/// Every table leaves under the small-count rule (<see cref="Indicators.Secrecy.TableSecrecy"/>).
/// </summary>
public static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/graphique/{name}.{format}", (string name, string format, HttpContext context, IIndicatorReaders readers) =>
            IndicatorCatalog.FindChart(name) is not { } chart || format is not ("png" or "svg")
                ? Results.NotFound()
                : Guarded(context, $"{name}.{format}", filter =>
                {
                    using var reader = readers.Open(context.User.Scope());
                    var rendered = chart.Render(reader, filter);
                    return rendered is null ? NotApplicable(chart)
                        : rendered.IsEmpty ? Results.Text($"« {chart.Title} » : aucune donnée pour ces filtres, pas d'image à exporter.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
                        : format == "png" ? Results.File(rendered.ExportPng(), "image/png", rendered.Caption.FileName(name, filter, "png"))
                        : Results.File(System.Text.Encoding.UTF8.GetBytes(rendered.ExportSvg()), "image/svg+xml; charset=utf-8", rendered.Caption.FileName(name, filter, "svg"));
                }));

        app.MapGet("/export/tableau/{name}.{format}", (string name, string format, HttpContext context, IIndicatorReaders readers) =>
        {
            var chart = IndicatorCatalog.FindChart(name);
            var indicator = IndicatorCatalog.Find(name);
            if ((chart is null && indicator is null) || format is not ("csv" or "xlsx"))
            {
                return Results.NotFound();
            }

            return Guarded(context, $"{name}.{format}", filter =>
            {
                using var reader = readers.Open(context.User.Scope());
                // A chart's table is the one beside it on screen; otherwise the indicator as the command line exports it.
                if (chart is not null)
                {
                    return chart.Render(reader, filter) is { } rendered ? TableFile(rendered.Exported, rendered.Caption, name, filter, format) : NotApplicable(chart);
                }

                return TableFile(reader.ExportTable(indicator!, filter), reader.Caption(indicator!.Title, filter, indicator.Datasets), name, filter, format);
            });
        });

        MapDossier(app, "zip", "application/zip", PageDossier.Write);
        MapDossier(app, "pdf", "application/pdf", Indicators.Pages.Pdf.PageDossierPdf.Write);
    }

    /// <summary>A page's dossier in one format, for the signed-in user's scope and the page's filters.</summary>
    private static void MapDossier(IEndpointRouteBuilder app, string extension, string contentType,
        Action<Stream, DashboardPage, IndicatorReader, IndicatorFilter, TimeProvider> write) =>
        app.MapGet($"/export/dossier/{{page}}.{extension}", (string page, HttpContext context, IIndicatorReaders readers, TimeProvider time) =>
            DashboardPages.All.FirstOrDefault(p => p.Name == page) is not { } dashboardPage
                ? Results.NotFound()
                : Guarded(context, $"{page}.{extension}", filter =>
                {
                    var stream = new MemoryStream();
                    using var reader = readers.Open(context.User.Scope());
                    write(stream, dashboardPage, reader, filter, time);
                    return Results.File(stream.ToArray(), contentType, $"dossier-{page}.{extension}");
                }));

    /// <summary>A table as CSV, or as XLSX with its « À propos » sheet; named after the chart, the scope and the data's day.</summary>
    private static IResult TableFile(Indicators.Secrecy.ExportedTable table, ChartCaption caption, string name, IndicatorFilter filter, string format)
    {
        using var stream = new MemoryStream();
        if (format == "csv")
        {
            table.Table.WriteCsv(stream);
            return Results.File(stream.ToArray(), "text/csv; charset=utf-8", caption.FileName(name, filter, "csv"));
        }

        table.WriteXlsx(stream, caption.About);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", caption.FileName(name, filter, "xlsx"));
    }

    private static IResult NotApplicable(DashboardChart chart) =>
        Results.Text($"« {chart.Title} » ne s'affiche pas à ce niveau géographique.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// Reads the filter from the query string, then exports; a filter error is a 400 and a scope violation a 403,
    /// each with a French message and never data. Both outcomes go to the audit log.
    /// </summary>
    private static IResult Guarded(HttpContext context, string export, Func<IndicatorFilter, IResult> run)
    {
        var audit = context.RequestServices.GetRequiredService<AuditLog>();
        var user = context.User.Identity?.Name;
        try
        {
            // The scope is checked on the filter as asked, before any chart reads it: a chart that ignores part of the
            // filter (the forecasts ignore a department) must still refuse a place outside the user's region.
            var filter = context.User.Scope().Authorize(IndicatorFilter.Parse(context.Request.QueryString.Value));
            var result = run(filter);
            audit.Record(user, AuditEvents.Export, export, filter.ToQueryString());
            return result;
        }
        catch (FilterException e)
        {
            return Results.Text("Filtre non valide : " + e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ScopeAuthorizationException e)
        {
            audit.Record(user, AuditEvents.ExportRefused, export, context.Request.QueryString.Value?.TrimStart('?'));
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
