using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>
/// Hangfire's log provider is process-wide while its logger factory belongs to a host: when several hosts
/// live in one process (tests) and one stops, asking its disposed factory for a logger must not fail a job.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new Silent();
        }
    }

    private sealed class Silent : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
