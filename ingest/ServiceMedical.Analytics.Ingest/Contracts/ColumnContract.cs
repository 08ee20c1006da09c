namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>One column of a dataset as an extract carries it.</summary>
public sealed record ColumnContract(
    string Name,
    ColumnType Type,
    bool Required,
    string Description,
    params ValueCheck[] Checks);
