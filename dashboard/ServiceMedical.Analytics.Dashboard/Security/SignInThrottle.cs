using Microsoft.Extensions.Options;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>
/// Counts wrong passwords by account and source, and by account alone, so that whoever guesses slows and locks
/// themself out, not the account's owner signing in from elsewhere. A try reserves its place before the password is
/// checked, under one lock: twenty tries at once can never get more than <see cref="SignInLimits.MaxFailures"/>
/// answers. What is remembered is bounded (<see cref="SignInLimits.MaxTracked"/>) and forgotten once stale.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInLimits> options, TimeProvider time)
{
    private readonly SignInLimits _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Account, string Source), Tries> _bySource = [];
    private readonly Dictionary<string, Queue<DateTimeOffset>> _byAccount = new(StringComparer.Ordinal);

    public enum Verdict
    {
        /// <summary>Go on and check the password, then call <see cref="End"/>.</summary>
        Check,

        /// <summary>This source is locked out of this account for a while.</summary>
        Locked,

        /// <summary>The account took too many wrong passwords lately, from anywhere: wait.</summary>
        Throttled,
    }

    /// <summary>Whether a try of <paramref name="account"/> from <paramref name="source"/> may check its password now.</summary>
    public Verdict Begin(string account, string source)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var key = (Key(account), source);
            var tries = _bySource.GetValueOrDefault(key);
            if (tries?.LockedUntil > now)
            {
                return Verdict.Locked;
            }

            if (RecentFailures(key.Item1, now) >= _options.FailuresPerAccount)
            {
                return Verdict.Throttled;
            }

            tries ??= Track(key, now);
            if (tries.Failures + tries.InFlight >= _options.MaxFailures)
            {
                // Tries already in flight would lock it: this one is answered as locked without checking.
                return Verdict.Locked;
            }

            tries.InFlight++;
            tries.Seen = now;
            return Verdict.Check;
        }
    }

    /// <summary>The end of a try that <see cref="Begin"/> let check its password; true when this failure locks the source out.</summary>
    public bool End(string account, string source, bool succeeded)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var key = (Key(account), source);
            if (!_bySource.TryGetValue(key, out var tries))
            {
                return false;
            }

            tries.InFlight--;
            if (succeeded)
            {
                _bySource.Remove(key);
                return false;
            }

            if (!_byAccount.TryGetValue(key.Item1, out var failures))
            {
                if (_byAccount.Count >= _options.MaxTracked)
                {
                    Forget(now);
                }

                _byAccount[key.Item1] = failures = new Queue<DateTimeOffset>();
            }

            failures.Enqueue(now);
            tries.Failures++;
            if (tries.Failures < _options.MaxFailures)
            {
                return false;
            }

            tries.LockedUntil = now + _options.LockDuration;
            tries.Failures = 0;
            return true;
        }
    }

    /// <summary>How many account × source pairs are remembered (bounded).</summary>
    public int Tracked
    {
        get
        {
            lock (_gate)
            {
                return _bySource.Count;
            }
        }
    }

    /// <summary>Account names are compared case-insensitively, and cut: a name longer than any account's is no account.</summary>
    private static string Key(string account) =>
        (account.Length > SignInLimits.MaxUserNameLength ? account[..SignInLimits.MaxUserNameLength] : account).ToLowerInvariant();

    private int RecentFailures(string account, DateTimeOffset now)
    {
        if (!_byAccount.TryGetValue(account, out var failures))
        {
            return 0;
        }

        while (failures.Count > 0 && failures.Peek() <= now - _options.AccountWindow)
        {
            failures.Dequeue();
        }

        if (failures.Count == 0)
        {
            _byAccount.Remove(account);
        }

        return failures.Count;
    }

    private Tries Track((string, string) key, DateTimeOffset now)
    {
        if (_bySource.Count >= _options.MaxTracked)
        {
            Forget(now);
        }

        var tries = new Tries { Seen = now };
        _bySource[key] = tries;
        return tries;
    }

    /// <summary>Forgets what is stale (unlocked, idle past a lock's length), then, if still full, the least recently seen.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, tries) in _bySource.Where(p => p.Value.InFlight == 0 && !(p.Value.LockedUntil > now) && p.Value.Seen < now - _options.LockDuration).ToList())
        {
            _bySource.Remove(key);
        }

        while (_bySource.Count >= _options.MaxTracked)
        {
            _bySource.Remove(_bySource.MinBy(p => p.Value.Seen).Key);
        }

        foreach (var account in _byAccount.Keys.ToList())
        {
            RecentFailures(account, now);
        }

        while (_byAccount.Count >= _options.MaxTracked)
        {
            _byAccount.Remove(_byAccount.MinBy(p => p.Value.Peek()).Key);
        }
    }

    private sealed class Tries
    {
        public int Failures { get; set; }

        public int InFlight { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }

        public DateTimeOffset Seen { get; set; }
    }
}
