using System.Globalization;

namespace ServiceMedical.Analytics.Indicators;

/// <summary>How days and times read in French, and in Paris: the database keeps times in UTC, people read them in Europe/Paris.</summary>
public static class FrenchFormat
{
    public static readonly CultureInfo Culture = Charts.ChartStyle.French;

    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary><c>30/11/2026</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month in words: <c>novembre 2026</c>.</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", Culture);

    /// <summary>A UTC time in Paris to the second, for a log: <c>01/12/2026 03:15:42</c>.</summary>
    public static string ParisSecond(DateTime utc) => ToParis(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A UTC time in Paris: <c>01/12/2026 à 03:15</c>.</summary>
    public static string ParisTime(DateTime utc) => ToParis(utc).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);

    public static DateTime ToParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), s_paris);

    /// <summary>"données jusqu'au 30/11/2026, chargées le 01/12/2026 à 03:15": what every page, caption and export says of its data.</summary>
    public static string DataStamp(DateOnly? horizon, DateTime? loadedUtc) =>
        (horizon is { } h ? $"données jusqu'au {Day(h)}" : "aucune donnée")
        + (loadedUtc is { } l ? $", chargées le {ParisTime(l)}" : "");
}
