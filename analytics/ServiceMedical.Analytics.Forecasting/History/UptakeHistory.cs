using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Materialised;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Forecasting.History;

/// <summary>
/// The monthly uptake series of one scope (France, or a region) for all beneficiaries or one type (centres
/// de santé, médecins libéraux): who signed each month against the eligible population of the snapshot in
/// force, and the support actions of the month. Every series of a load shares the same months, so that
/// models can learn across regions month by month.
/// </summary>
public sealed record UptakeSeries(
    string Scope,
    string Name,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<double> NewCentres,
    IReadOnlyList<double> NewMedecins,
    IReadOnlyList<double> EligibleCentres,
    IReadOnlyList<double> EligibleMedecins,
    IReadOnlyList<double> SupportActions)
{
    public const string National = "FR";

    /// <summary><c>centre_sante</c> or <c>medecin_liberal</c>; null for every beneficiary.</summary>
    public string? BeneficiaryType { get; init; }

    /// <summary>What tells series apart: the scope, and the beneficiary type if any (<c>84</c>, <c>84:centre_sante</c>).</summary>
    public string Key => BeneficiaryType is null ? Scope : $"{Scope}:{BeneficiaryType}";

    public int Length => Months.Count;

    /// <summary>Beneficiaries that signed in each month.</summary>
    public double New(int t) => NewCentres[t] + NewMedecins[t];

    /// <summary>Eligible population (centres and médecins) in month t.</summary>
    public double Eligible(int t) => EligibleCentres[t] + EligibleMedecins[t];

    /// <summary>Beneficiaries that signed up to and including month t.</summary>
    public double Cumulative(int t) => _cumulative.Value[t];

    private readonly Lazy<double[]> _cumulative = new(() => RunningSum(NewCentres, NewMedecins));

    private static double[] RunningSum(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sums = new double[a.Count];
        var total = 0.0;
        for (var t = 0; t < a.Count; t++)
        {
            total += a[t] + b[t];
            sums[t] = total;
        }

        return sums;
    }
}

/// <summary>Reads the monthly series of France and of every region.</summary>
public static class UptakeHistory
{
    public static IReadOnlyList<UptakeSeries> Read(DuckDBConnection connection)
    {
        // Eligibility is counted once per beneficiary through a list the aggregates keep (see views.sql).
        MaterialisedAggregates.EnsureFresh(connection);
        using var command = connection.Command(SqlResource.Load<UptakeSeries>("uptake-history.sql"));
        using var reader = command.ExecuteReader();
        var rows = new List<(string Scope, DateOnly Month, double[] Values)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)),
                [.. Enumerable.Range(2, 5).Select(reader.GetDouble)]));
        }

        return [.. rows.GroupBy(r => r.Scope).SelectMany(g =>
        {
            var list = g.ToList();
            var name = g.Key == UptakeSeries.National ? "France entière" : CogReference.Regions.FirstOrDefault(r => r.Code == g.Key)?.Name ?? g.Key;
            List<DateOnly> months = [.. list.Select(r => r.Month)];
            var none = new double[list.Count];
            var (newCentres, newMedecins, eligibleCentres, eligibleMedecins, support) = (Column(list, 0), Column(list, 1), Column(list, 2), Column(list, 3), Column(list, 4));
            return new[]
            {
                new UptakeSeries(g.Key, name, months, newCentres, newMedecins, eligibleCentres, eligibleMedecins, support),
                new UptakeSeries(g.Key, name, months, newCentres, none, eligibleCentres, none, support) { BeneficiaryType = "centre_sante" },
                new UptakeSeries(g.Key, name, months, none, newMedecins, none, eligibleMedecins, support) { BeneficiaryType = "medecin_liberal" },
            };
        })];
    }

    private static double[] Column(List<(string Scope, DateOnly Month, double[] Values)> rows, int index) => [.. rows.Select(r => r.Values[index])];
}
