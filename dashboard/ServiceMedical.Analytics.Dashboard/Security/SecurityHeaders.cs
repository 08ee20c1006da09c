namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Headers that keep the pages from being framed, sniffed or fed foreign scripts.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // No inline script (every script is a file of this site; no import map is needed); connections to this site only,
        // its WebSocket included ('self' covers ws: and wss: of the same host).
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; " +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
        await next();
    });
}
