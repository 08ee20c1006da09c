using System.Globalization;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// Which edition of a subscription is due on a day (in Europe/Paris): the calendar month ("2026-12") for a monthly
/// one, the ISO week ("2026-W49") for a weekly one. An edition is sent once to an address; the next is due when the
/// month or week turns.
/// </summary>
public static class SubscriptionEdition
{
    public static string Of(SubscriptionFrequency frequency, DateOnly day) => frequency switch
    {
        SubscriptionFrequency.Monthly => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SubscriptionFrequency.Weekly => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>The edition in plain French: "décembre 2026", "semaine 49 de 2026".</summary>
    public static string Label(string edition) => edition.Split("-W") is [var year, var week]
        ? $"semaine {int.Parse(week, CultureInfo.InvariantCulture)} de {year}"
        : DateOnly.ParseExact(edition + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>The frequency in French, as the pages name it.</summary>
    public static string Name(SubscriptionFrequency frequency) => frequency == SubscriptionFrequency.Weekly ? "hebdomadaire" : "mensuel";
}
