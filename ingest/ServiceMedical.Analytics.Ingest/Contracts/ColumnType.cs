namespace ServiceMedical.Analytics.Ingest.Contracts;

/// <summary>The type a column value must parse to; every extract value arrives as text.</summary>
public enum ColumnType
{
    /// <summary>Free text, trimmed; empty means missing.</summary>
    Text,
    /// <summary>A code from a closed list, compared in lower case.</summary>
    Code,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A decimal number, with a decimal point or a decimal comma.</summary>
    Decimal,
    /// <summary>A date, <c>dd/MM/yyyy</c> or ISO <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A month, <c>yyyy-MM</c> or <c>MM/yyyy</c>, stored as its first day.</summary>
    Month,
    /// <summary>oui/non, o/n, true/false, 1/0.</summary>
    Boolean,
}
