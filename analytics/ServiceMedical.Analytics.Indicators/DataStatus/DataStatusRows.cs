namespace ServiceMedical.Analytics.Indicators.DataStatus;

/// <summary>
/// How fresh a dataset is: rows held, its last successful load (UTC), how its last attempt went, and its extract date —
/// the day its figures are complete to, <see cref="ExtractDateDeclared"/> by a file name or else its latest event.
/// </summary>
public sealed record DatasetFreshness(string Dataset, long? Rows, DateTime? LoadedAt, string? FileName, long? RowsAccepted, string? LastStatus, string? LastError,
    DateOnly? ExtractDate, bool ExtractDateDeclared);

/// <summary>One attempt to load a file, as the load registry keeps it.</summary>
public sealed record LoadAttempt(long LoadId, string FileName, string? Dataset, string? Format, string? Encoding,
    long? RowsRead, long? RowsAccepted, long? RowsRejected, DateTime StartedAt, DateTime? EndedAt, string Status, string? Error);

/// <summary>Rejected rows of one load sharing a column and a reason, with the first of them as an example.</summary>
public sealed record RejectReason(long LoadId, string FileName, string Column, string Reason, long Rows, long FirstLine, string? Example);

/// <summary>
/// The forecasts of the last refresh: how many series, up to which month, how long they took, or why there are none
/// (<see cref="Problem"/>: a history too short).
/// </summary>
public sealed record ForecastRunStatus(DateOnly? LastMonth, int Horizon, double Seconds, string? Problem, long Series);
