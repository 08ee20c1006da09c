namespace ServiceMedical.Analytics.Jobs;

/// <summary>A command line that cannot be run; the message says why (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
