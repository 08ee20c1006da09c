namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Where a signed-in user may be sent back: a path of this site only, never another site nor a malformed path.</summary>
public static class LocalReturnUrl
{
    /// <summary><paramref name="url"/> when it is a plain local path (<c>/…</c>, not <c>//</c> nor <c>/\</c>, no control character nor backslash); else <paramref name="fallback"/>.</summary>
    public static string Or(string? url, string fallback) =>
        url is { Length: > 0 and <= SignInLimits.MaxReturnUrlLength } && url[0] == '/' && (url.Length == 1 || url[1] != '/')
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url
            : fallback;
}
