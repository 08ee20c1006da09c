namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>Test helper: completes 8 FINESS digits with their Luhn key.</summary>
internal static class Finess
{
    public static string WithKey(string eightDigits)
    {
        var sum = 0;
        for (var i = 1; i <= 8; i++)
        {
            var d = eightDigits[i - 1] - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return eightDigits + ((10 - sum % 10) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
