namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// How sign-in resists guessing without locking real users out (configuration section <c>SignIn</c>). A source is a
/// client address (behind a proxy, the forwarded one: see docs/security.md).
/// </summary>
public sealed class SignInLimits
{
    public const string SectionName = "SignIn";

    /// <summary>Wrong passwords in a row, for one account from one source, before that source is locked out of that account.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long that lock lasts; tries during it do not extend it.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sign-in posts one source may make in a minute, whatever the account; past it the source waits (429).</summary>
    public int AttemptsPerSourcePerMinute { get; set; } = 10;

    /// <summary>Wrong passwords one account may take in <see cref="AccountWindow"/>, from all sources together; past it every try waits.</summary>
    public int FailuresPerAccount { get; set; } = 30;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Accounts × sources whose failures are remembered at once; the oldest is forgotten past it.</summary>
    public int MaxTracked { get; set; } = 10_000;

    /// <summary>What is wrong with these limits, each named by its key.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (key, value) in new[] { ("MaxFailures", MaxFailures), ("AttemptsPerSourcePerMinute", AttemptsPerSourcePerMinute),
                     ("FailuresPerAccount", FailuresPerAccount), ("MaxTracked", MaxTracked) })
        {
            if (value <= 0)
            {
                yield return $"{SectionName}:{key} : un entier positif, pas {value}";
            }
        }

        foreach (var (key, value) in new[] { ("LockDuration", LockDuration), ("AccountWindow", AccountWindow) })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"{SectionName}:{key} : une durée positive (hh:mm:ss), pas {value}";
            }
        }
    }

    public const int MaxUserNameLength = 100;
    public const int MaxPasswordLength = 256;
    public const int MaxReturnUrlLength = 1000;
}
