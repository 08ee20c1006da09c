using ServiceMedical.Analytics.Dashboard.Charts;
using ServiceMedical.Analytics.Dashboard.Data;
using ServiceMedical.Analytics.Dashboard.Security;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Filters;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Indicators.Uptake;

namespace ServiceMedical.Analytics.Dashboard.Exports;

/// <summary>
/// Exports behind sign-in, with the screen's filters (the same query string) and the user's scope:
/// charts as PNG (1600 px wide) and SVG, indicator tables as CSV.
/// </summary>
public static partial class ExportEndpoints
{
    public const int PngWidth = 1600;
    public const int PngHeight = 900;

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/graphique/adhesion.{format}", (string format, HttpContext context, DashboardDatabase database, TimeProvider time) =>
            Guarded(context, () =>
            {
                var filter = IndicatorFilter.Parse(context.Request.QueryString.Value);
                using var connection = database.Connect();
                var rows = new UptakeQuery(connection, time).Run(context.User.Scope(), filter);
                var plot = UptakeCharts.OverSnapshots(rows, new ChartCaption("Taux d'adhésion par instantané d'éligibilité", ChartCaption.Describe(filter), database.LastRefresh()));
                Audit(context, "adhesion." + format, filter);
                return format switch
                {
                    "png" => Results.File(plot.GetImageBytes(PngWidth, PngHeight, ScottPlot.ImageFormat.Png), "image/png", "adhesion.png"),
                    "svg" => Results.Text(plot.GetSvgXml(PngWidth, PngHeight), "image/svg+xml; charset=utf-8"),
                    _ => Results.NotFound(),
                };
            }));

        app.MapGet("/export/tableau/{indicator}.csv", (string indicator, HttpContext context, DashboardDatabase database, TimeProvider time) =>
            Guarded(context, () =>
            {
                var definition = IndicatorCatalog.Find(indicator);
                if (definition is null)
                {
                    return Results.NotFound();
                }

                var filter = IndicatorFilter.Parse(context.Request.QueryString.Value);
                using var connection = database.Connect();
                var table = definition.Run(connection, time, context.User.Scope(), filter);
                var stream = new MemoryStream();
                table.WriteCsv(stream);
                Audit(context, indicator + ".csv", filter);
                return Results.File(stream.ToArray(), "text/csv; charset=utf-8", indicator + ".csv");
            }));
    }

    /// <summary>A filter error is a 400 and a scope violation a 403, each with a French message; never data.</summary>
    private static IResult Guarded(HttpContext context, Func<IResult> export)
    {
        try
        {
            return export();
        }
        catch (FilterException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ScopeAuthorizationException e)
        {
            LogRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Audit"), context.User.Identity?.Name, context.Request.Path + context.Request.QueryString);
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
    }

    private static void Audit(HttpContext context, string export, IndicatorFilter filter) =>
        LogExport(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Audit"), context.User.Identity?.Name, export, filter.ToQueryString());

    [LoggerMessage(20, LogLevel.Information, "Export {Export} par {UserName}, filtres « {Filters} »")]
    private static partial void LogExport(ILogger logger, string? userName, string export, string filters);

    [LoggerMessage(21, LogLevel.Warning, "Export refusé à {UserName} : {Request}")]
    private static partial void LogRefused(ILogger logger, string? userName, string request);
}
