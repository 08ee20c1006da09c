using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// The test server has no client address: this filter gives each test client the address its header names, so that
/// sign-in limits (per source) see distinct people as they would in production. Test hosts only.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";
    private static int s_next;

    /// <summary>A new address, never given before in this test run.</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref s_next);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers[Header].FirstOrDefault() is { } address && IPAddress.TryParse(address, out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }

            return following(context);
        });
        next(app);
    };
}
