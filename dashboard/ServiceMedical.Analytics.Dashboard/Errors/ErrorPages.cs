using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace ServiceMedical.Analytics.Dashboard.Errors;

/// <summary>
/// The French page of an error or of a refused request, written straight to the response: never by running the
/// request again (a post re-run would be checked again, and fail again), never with a detail of the server. A bad
/// request is a 400, never a 500; an unexpected error is a 500 with a reference that the log also carries.
/// </summary>
public static partial class ErrorPages
{
    public static IApplicationBuilder UseFrenchErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteException,
            // A malformed request (bad form, bad antiforgery token, a value that cannot be read) is the client's error.
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages(context => Write(context.HttpContext, context.HttpContext.Response.StatusCode));
        return app;
    }

    private static Task WriteException(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = context.Response.StatusCode is >= 400 and < 600 ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500 && error is not null)
        {
            LogUnexpected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ServiceMedical.Analytics.Dashboard.Errors"), error, Reference(context));
        }

        return Write(context, status);
    }

    private static Task Write(HttpContext context, int status)
    {
        var (title, text) = Message(status);
        var reference = status >= 500 ? $"<p>Si le problème persiste, transmettez cette référence à l'équipe : <code>{WebUtility.HtmlEncode(Reference(context))}</code></p>" : "";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{{title}} — Service médical</title><link rel="stylesheet" href="/app.css" /></head>
            <body><div class="page"><header class="top"><span class="brand">Service médical — Tableaux de bord</span></header>
            <main><h1>{{title}}</h1><p>{{text}}</p>{{reference}}<p><a href="/">Retour à la vue d'ensemble</a></p></main></div></body>
            </html>
            """);
    }

    private static (string Title, string Text) Message(int status) => status switch
    {
        400 => ("Demande non valide", "La demande est mal formée ou a expiré (formulaire trop ancien, champ trop long ou manquant). Rechargez la page et réessayez."),
        403 => ("Accès refusé", "Cette demande n'est pas permise pour votre compte."),
        404 => ("Page introuvable", "Cette adresse ne correspond à aucune page."),
        405 => ("Demande non valide", "Cette adresse ne prend pas ce type de demande."),
        413 => ("Demande trop volumineuse", "La demande dépasse la taille permise."),
        415 => ("Demande non valide", "Le contenu envoyé n'est pas d'un type attendu."),
        429 => ("Trop d'essais", "Trop de demandes depuis ce poste : patientez une minute avant de réessayer."),
        >= 500 => ("Une erreur est survenue", "La demande n'a pas pu aboutir."),
        _ => ("Demande refusée", $"La demande n'a pas pu aboutir (code {status})."),
    };

    private static string Reference(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    [LoggerMessage(40, LogLevel.Error, "Erreur inattendue (référence {Reference})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string reference);
}
