namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>A filter that cannot be read or does not make sense; the message says why, in French.</summary>
public sealed class FilterException(string message) : Exception(message);
