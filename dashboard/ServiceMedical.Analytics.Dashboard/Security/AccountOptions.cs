namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Local accounts, from configuration (<c>Accounts</c>); passwords are stored as ASP.NET Core Identity hashes only.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    public List<Account> Users { get; set; } = [];

    /// <summary>Shown at start-up when the demo accounts are configured, so a newcomer can sign in.</summary>
    public string? DemoPasswordsNotice { get; set; }
}

public sealed class Account
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary><c>national</c>, <c>regional</c> (with <see cref="Region"/>) or <c>admin</c> (national, and the administration pages).</summary>
    public string Role { get; set; } = "";
    public string? Region { get; set; }
}
