using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Local accounts, from configuration (<c>Accounts</c>); passwords are stored as ASP.NET Core Identity hashes only.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    public List<Account> Users { get; set; } = [];

    /// <summary>Shown at start-up when the demo accounts are configured, so a newcomer can sign in.</summary>
    public string? DemoPasswordsNotice { get; set; }

    /// <summary>What is wrong with the accounts, each named by its key; without single sign-on, at least one account is needed.</summary>
    public IEnumerable<string> Problems(bool singleSignOn)
    {
        if (Users.Count == 0 && !singleSignOn)
        {
            yield return "Accounts:Users : au moins un compte (sauf avec OpenID Connect, section Authentication:OpenIdConnect)";
        }

        for (var i = 0; i < Users.Count; i++)
        {
            var user = Users[i];
            var key = $"{SectionName}:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                yield return $"{key}:UserName : obligatoire";
            }
            else if (Users.Take(i).Any(u => string.Equals(u.UserName, user.UserName, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{key}:UserName : « {user.UserName} » est déjà le nom d'un autre compte";
            }

            if (string.IsNullOrWhiteSpace(user.PasswordHash))
            {
                yield return $"{key}:PasswordHash : obligatoire (un hachage ASP.NET Core Identity, jamais le mot de passe)";
            }

            if (user.Email is { Length: > 0 } email && !MimeKit.MailboxAddress.TryParse(email, out _))
            {
                yield return $"{key}:Email : « {email} » n'est pas une adresse électronique";
            }

            if (user.Role is not ("national" or "regional" or "admin"))
            {
                yield return $"{key}:Role : « {user.Role} » ; national, regional ou admin";
            }
            else if (user.Role == "regional" && CogReference.Regions.All(r => r.Code != user.Region))
            {
                yield return $"{key}:Region : « {user.Region} » n'est pas un code INSEE de région (par exemple 84) ; obligatoire pour un compte regional";
            }
        }
    }
}

public sealed class Account
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary><c>national</c>, <c>regional</c> (with <see cref="Region"/>) or <c>admin</c> (national, and the administration pages).</summary>
    public string Role { get; set; } = "";
    public string? Region { get; set; }

    /// <summary>Where this user's subscribed dossiers are sent; without one, the user cannot subscribe.</summary>
    public string? Email { get; set; }
}
