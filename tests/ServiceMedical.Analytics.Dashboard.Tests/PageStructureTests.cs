namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>Pages read through services (the indicator reader, the data status), never the database itself.</summary>
public sealed class PageStructureTests
{
    [Fact]
    public void NoRazorComponent_OpensADatabaseConnection()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ServiceMedical.Analytics.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        var components = Directory.EnumerateFiles(Path.Combine(root, "dashboard", "ServiceMedical.Analytics.Dashboard", "Components"), "*.razor", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(components);
        Assert.All(components, file => Assert.DoesNotMatch(@"\.Connect\(\)|DuckDBConnection", File.ReadAllText(file)));
    }
}
