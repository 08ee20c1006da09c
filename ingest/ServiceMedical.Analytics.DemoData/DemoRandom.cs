namespace ServiceMedical.Analytics.DemoData;

/// <summary>A seeded random source with the few draws the demo needs; same seed, same world.</summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double Next() => _random.NextDouble();

    public int Int(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double Between(double min, double max) => min + (max - min) * _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Normal(double mean, double deviation)
    {
        // Box–Muller: enough for demo data.
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + deviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var target = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public string Hex(int length)
    {
        Span<byte> bytes = stackalloc byte[(length + 1) / 2];
        _random.NextBytes(bytes);
        return Convert.ToHexString(bytes)[..length];
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
