using System.Globalization;

namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>
/// A period stated relative to the data horizon, so that a saved link or a scheduled export stays current:
/// the last N complete months (<c>12m</c>), the current year (<c>annee</c>) or everything (<c>tout</c>).
/// </summary>
public sealed record RelativePeriod
{
    private RelativePeriod(string code, int months)
    {
        Code = code;
        Months = months;
    }

    /// <summary>The last twelve complete months: every page's default.</summary>
    public static RelativePeriod Last12Months { get; } = LastMonths(12);

    /// <summary>From 1 January of the horizon's year to the horizon.</summary>
    public static RelativePeriod YearToDate { get; } = new("annee", 0);

    /// <summary>From the first data to the horizon.</summary>
    public static RelativePeriod All { get; } = new("tout", 0);

    /// <summary>The value in a URL (<c>periode=…</c>) or on the command line (<c>--period …</c>).</summary>
    public string Code { get; }

    /// <summary>How many complete months, for <c>Nm</c>; 0 otherwise.</summary>
    public int Months { get; }

    public string Label => this == YearToDate ? "année en cours" : this == All ? "depuis l'ouverture" : Months == 12 ? "12 derniers mois" : $"{Months} derniers mois";

    public static RelativePeriod LastMonths(int months) =>
        months is >= 1 and <= 120
            ? new(months.ToString(CultureInfo.InvariantCulture) + "m", months)
            : throw new FilterException($"période relative hors limites : {months} mois (1 à 120)");

    public static RelativePeriod Parse(string code) => code switch
    {
        "annee" => YearToDate,
        "tout" => All,
        _ when code.Length is >= 2 and <= 4 && code[^1] == 'm' && int.TryParse(code[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var months) => LastMonths(months),
        _ => throw new FilterException($"période relative inconnue : « {code} » (12m, 24m…, annee, tout)"),
    };

    /// <summary>The period's days at the data horizon <paramref name="horizon"/>.</summary>
    public (DateOnly? From, DateOnly To) At(DateOnly horizon)
    {
        if (this == YearToDate)
        {
            return (new DateOnly(horizon.Year, 1, 1), horizon);
        }

        if (this == All)
        {
            return (null, horizon);
        }

        // Complete months only: a horizon within a month ends the period on the last day of the month before.
        var end = horizon.AddDays(1).Day == 1 ? horizon : new DateOnly(horizon.Year, horizon.Month, 1).AddDays(-1);
        return (new DateOnly(end.Year, end.Month, 1).AddMonths(1 - Months), end);
    }
}
