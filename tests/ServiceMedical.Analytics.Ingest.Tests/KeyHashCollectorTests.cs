using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

public sealed class KeyHashCollectorTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("SELECT i FROM range(100000) t(i)", false)]
    // The same key at both ends: the two halves are sorted apart, then compared.
    [InlineData("SELECT CASE WHEN i = 99999 THEN 0 ELSE i END FROM range(100000) t(i)", true)]
    // The same key twice in a row, within one half.
    [InlineData("SELECT CASE WHEN i = 11 THEN 10 ELSE i END FROM range(100000) t(i)", true)]
    public void RepeatedKey_IsFound_WhereverItIs(string keys, bool repeated)
    {
        using var collector = KeyHashCollector.Start(_db.Connection, loadId: 42, capacity: 100_000);

        var loadIds = _db.Connection.ScalarLong(
            $"SELECT CAST(sum({KeyHashCollector.LoadIdExpression("hash(k)", "collector")}) AS BIGINT) FROM ({keys}) s(k)",
            ("collector", collector.Token));

        Assert.Equal(42L * 100_000, loadIds);
        Assert.Equal(100_000, collector.Count);
        Assert.Equal(repeated, collector.MayHaveRepeatedKey());
    }

    [Fact]
    public void MoreRowsThanLines_FailTheQuery()
    {
        using var collector = KeyHashCollector.Start(_db.Connection, loadId: 1, capacity: 10);

        Assert.ThrowsAny<Exception>(() => _db.Connection.ScalarLong(
            $"SELECT count({KeyHashCollector.LoadIdExpression("hash(i)", "collector")}) FROM range(11) t(i)", ("collector", collector.Token)));
    }
}
