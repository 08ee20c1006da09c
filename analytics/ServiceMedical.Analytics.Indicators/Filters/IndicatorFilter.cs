using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Indicators.Filters;

/// <summary>
/// What an indicator is asked for: where, when, which population and how to split it. One model
/// for the dashboard (as a URL query string), the exports and the command line.
/// </summary>
public sealed record IndicatorFilter
{
    public GeoScope Geography { get; init; } = GeoScope.National;

    /// <summary>First day of the period, inclusive; null for no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the period, inclusive; null for up to the data.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A period relative to the data horizon (<c>periode=12m</c>), instead of dates; null when dates (or nothing) are given.</summary>
    public RelativePeriod? Period { get; init; }

    public Breakdown By { get; init; } = Breakdown.None;

    /// <summary><c>centre_sante</c> or <c>medecin_liberal</c>.</summary>
    public string? BeneficiaryType { get; init; }

    /// <summary>A <c>type_centre</c> of the centres de santé.</summary>
    public string? CentreType { get; init; }

    public string? Profession { get; init; }

    /// <summary><c>cnam</c> or <c>ars</c>.</summary>
    public string? Employer { get; init; }

    public static IndicatorFilter National { get; } = new();

    private static readonly string[] s_keys = ["region", "department", "periode", "from", "to", "by", "beneficiary", "centreType", "profession", "employer"];

    /// <summary>The canonical query string (keys in a fixed order, defaults left out); <see cref="Parse"/> reads it back.</summary>
    public string ToQueryString()
    {
        var pairs = new List<(string, string)>();
        if (Geography.Department is { } department)
        {
            pairs.Add(("department", department));
        }
        else if (Geography.Region is { } region)
        {
            pairs.Add(("region", region));
        }

        Add(pairs, "periode", Period?.Code);
        Add(pairs, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(pairs, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(pairs, "by", By == Breakdown.None ? null : By.Name());
        Add(pairs, "beneficiary", BeneficiaryType);
        Add(pairs, "centreType", CentreType);
        Add(pairs, "profession", Profession);
        Add(pairs, "employer", Employer);
        return string.Join("&", pairs.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }

    /// <summary>Reads a query string (with or without the leading <c>?</c>); every error is a <see cref="FilterException"/>.</summary>
    public static IndicatorFilter Parse(string? query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            if (!s_keys.Contains(key))
            {
                throw new FilterException($"paramètre de filtre inconnu : « {key} »");
            }

            if (!values.TryAdd(key, parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : ""))
            {
                throw new FilterException($"paramètre de filtre répété : « {key} »");
            }
        }

        return Create(values.GetValueOrDefault("region"), values.GetValueOrDefault("department"), values.GetValueOrDefault("from"),
            values.GetValueOrDefault("to"), values.GetValueOrDefault("by"), values.GetValueOrDefault("beneficiary"),
            values.GetValueOrDefault("centreType"), values.GetValueOrDefault("profession"), values.GetValueOrDefault("employer"),
            values.GetValueOrDefault("periode"));
    }

    /// <summary>Builds a filter from text values (query string or command line), checking each.</summary>
    public static IndicatorFilter Create(string? region, string? department, string? from, string? to, string? by,
        string? beneficiary = null, string? centreType = null, string? profession = null, string? employer = null, string? period = null)
    {
        var geography = department is not null ? GeoScope.ForDepartment(department)
            : region is not null ? GeoScope.ForRegion(region)
            : GeoScope.National;
        if (department is not null && region is not null && geography.Region != region)
        {
            throw new FilterException($"le département {department} n'est pas dans la région {region}");
        }

        var filter = new IndicatorFilter
        {
            Geography = geography,
            From = Date(from, "from"),
            To = Date(to, "to"),
            Period = period is null ? null : RelativePeriod.Parse(period),
            By = by is null ? Breakdown.None : BreakdownNames.Parse(by) ?? throw new FilterException($"découpage inconnu : « {by} » (region, department, month, quarter, year)"),
            BeneficiaryType = Code(beneficiary, Codes.BeneficiaryTypes, "type de bénéficiaire"),
            CentreType = Code(centreType, Codes.CentreTypes, "type de centre"),
            Profession = Code(profession, Codes.Professions, "profession"),
            Employer = Code(employer, Codes.Employers, "employeur"),
        };
        if (filter.Period is not null && (filter.From is not null || filter.To is not null))
        {
            throw new FilterException("période relative et dates ne se combinent pas : choisissez l'une ou les autres");
        }

        if (filter.From > filter.To)
        {
            throw new FilterException("période vide : la date de début est après la date de fin");
        }

        return filter;
    }

    private static void Add(List<(string, string)> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add((key, value));
        }
    }

    private static DateOnly? Date(string? text, string key)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && !DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new FilterException($"date illisible pour « {key} » : « {text} » (aaaa-mm-jj ou jj/mm/aaaa)");
        }

        // The scheme's data start in 2019: a date outside this century is a typing slip, not a period to measure month by month.
        return date.Year is >= 2000 and <= 2099 ? date : throw new FilterException($"date hors limites pour « {key} » : « {text} » (années 2000 à 2099)");
    }

    private static string? Code(string? value, string[] allowed, string label) =>
        value is null || allowed.Contains(value) ? value : throw new FilterException($"{label} inconnu : « {value} »");
}
