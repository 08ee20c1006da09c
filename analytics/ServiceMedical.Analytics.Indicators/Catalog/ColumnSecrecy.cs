namespace ServiceMedical.Analytics.Indicators.Catalog;

/// <summary>What a column of an indicator's table is to statistical secrecy (docs/indicators.md, « Secret statistique »).</summary>
public enum ColumnRole
{
    /// <summary>Says which figures a row holds (a period, a campaign): rows add up only when it is the same.</summary>
    Key,

    /// <summary>A key whose values add up to a total published elsewhere: the zone, a category (employer, type).</summary>
    Axis,

    /// <summary>The name of an axis's value (the zone's name): follows its code.</summary>
    Label,

    /// <summary>A count of people or structures: 1 to N − 1 is not published.</summary>
    Count,

    /// <summary>Any other figure: a rate, a median, an amount; hidden where a count it rests on is.</summary>
    Measure,
}

/// <summary>
/// A column's part in statistical secrecy: its role; for a count, whom it counts (people or structures) and the counts
/// it is a part of on the same row (four tutor states add up to the recruits); for a measure, the counts it is built on.
/// </summary>
public sealed record ColumnSecrecy(ColumnRole Role)
{
    public const string People = "personnes";
    public const string Structures = "structures";
    public const string Beneficiaries = "bénéficiaires : médecins ou centres";

    /// <summary>Whom a count counts: <see cref="People"/>, <see cref="Structures"/> or <see cref="Beneficiaries"/>.</summary>
    public string? Counted { get; init; }

    /// <summary>For a count: the totals of the same row it is one of the parts of (parts of one partition add up to it exactly).</summary>
    public IReadOnlyList<PartOfTotal> PartOf { get; init; } = [];

    /// <summary>
    /// For a count summed from one period to the next (a cumulative count): how, so that what a period added — the
    /// difference of two published totals — is a count like any other.
    /// </summary>
    public RunningTotal? Accumulates { get; init; }

    /// <summary>
    /// For a count of a time series: what it is at the period's end (contracts in force), not what the period added, so
    /// that a quarter's is its last month's; a running total (<see cref="Accumulates"/>) is one too.
    /// </summary>
    public bool AtPeriodEnd { get; init; }

    /// <summary>For a measure: the count columns it is computed from (none: never hidden).</summary>
    public IReadOnlyList<string> RestsOn { get; init; } = [];

    public static ColumnSecrecy Key { get; } = new(ColumnRole.Key);

    public static ColumnSecrecy Axis { get; } = new(ColumnRole.Axis);

    public static ColumnSecrecy Label { get; } = new(ColumnRole.Label);

    /// <summary>A count of people (candidates, recruits, trainees, doctors who signed).</summary>
    public static ColumnSecrecy PeopleCount(params PartOfTotal[] partOf) => new(ColumnRole.Count) { Counted = People, PartOf = partOf };

    /// <summary>A count of structures (health centres, or beneficiaries that may be one).</summary>
    public static ColumnSecrecy StructureCount(params PartOfTotal[] partOf) => new(ColumnRole.Count) { Counted = Structures, PartOf = partOf };

    /// <summary>A count of beneficiaries of the scheme: doctors (people) or health centres (structures), or their contracts.</summary>
    public static ColumnSecrecy BeneficiaryCount(params PartOfTotal[] partOf) => new(ColumnRole.Count) { Counted = Beneficiaries, PartOf = partOf };

    /// <summary>A figure built on these counts (none: a figure that counts nobody, e.g. posts or a model's error).</summary>
    public static ColumnSecrecy MeasureOn(params string[] counts) => new(ColumnRole.Measure) { RestsOn = counts };

    /// <summary>
    /// Undeclared columns: the zone's code is an axis and its name a label, a code column (employer, type) is an axis,
    /// anything else a key. Counts and measures are always declared.
    /// </summary>
    public static ColumnSecrecy Of(string header, ColumnKind kind) => header switch
    {
        "Code zone" => Axis,
        "Zone" => Label,
        _ when kind == ColumnKind.Code => Axis,
        _ => Key,
    };
}

/// <summary>
/// How a cumulative count runs: from one row to the next along the period column <see cref="Along"/> (the other keys the
/// same), adding what the period added — the <see cref="Increments"/> column when the table gives it, else the
/// difference itself, which a reader can compute. <see cref="OnlyWhere"/> restricts it to rows with that value in that
/// column (observed months, not a forecast's).
/// </summary>
public sealed record RunningTotal(string Along, string? Increments = null)
{
    public (string Column, string Value)? OnlyWhere { get; init; }
}

/// <summary>
/// A count column's total on the same row, and which of its partitions the count belongs to: the recruits are split
/// once by tutor state and once by path state, each set of parts adding up to them on its own.
/// </summary>
public sealed record PartOfTotal(string Total, string Partition = "");
