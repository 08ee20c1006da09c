using System.Globalization;
using ServiceMedical.Analytics.Charts;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;

namespace ServiceMedical.Analytics.Dashboard.Components.Parts;

/// <summary>A table value as a French reader expects it on screen (exports keep raw values and codes).</summary>
public static class TableCell
{
    public static string Text(object? value, ColumnKind kind) => (value, kind) switch
    {
        (null, _) => "—",
        (SecretValue secret, _) => secret.Text,
        (double share, ColumnKind.Share) => ChartStyle.Percent(share),
        (string code, ColumnKind.Code) => CodeLabels.Of(code),
        (string text, _) => text,
        (DateOnly date, _) => FrenchFormat.Day(date),
        (long or int, ColumnKind.Year) => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        (long or int, _) => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", FrenchFormat.Culture),
        (double number, _) => number.ToString("#,0.##", FrenchFormat.Culture),
        _ => Convert.ToString(value, FrenchFormat.Culture) ?? "",
    };

    public static bool IsNumber(object? value) => value is long or int or double;
}
