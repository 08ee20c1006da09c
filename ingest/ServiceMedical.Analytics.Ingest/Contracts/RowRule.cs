namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>
/// A rule across columns of one row, or across datasets. <see cref="FailsWhen"/> is SQL in which
/// <c>{column}</c> stands for that column's typed value; a NULL result means the rule does not apply.
/// The reject names <see cref="Column"/> and its raw value. Unless <see cref="AppliesToMissing"/>,
/// the rule is checked only on rows where every column it names is present and parsed: a missing
/// or unreadable value is already rejected by its own column rule.
/// </summary>
public sealed record RowRule(string Column, string FailsWhen, string Reason, string Documentation, bool AppliesToMissing = false);
