using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// A file copied into the temporary table <c>stg</c>: one VARCHAR column per contract column
/// (NULL when the file lacks an optional column), and an SQL expression giving each row's line
/// in the file.
/// </summary>
public sealed record StagedFile(DatasetContract Dataset, string Format, string Encoding, string LineExpression, long Rows)
{
    public const string Table = "stg";
}
