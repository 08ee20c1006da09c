using ServiceMedical.Analytics.Indicators.Security;

namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>
/// Who a subscriber is now — their address and what they may see — asked each time a dossier is built, so that a
/// director who lost their role or changed region receives nothing more of it. The dashboard answers from its accounts.
/// </summary>
public interface ISubscriberDirectory
{
    /// <summary>The user as of now; null when they have no account any more.</summary>
    Subscriber? Find(string userName);
}

/// <summary>A subscriber's address (null: none known) and scope as of now.</summary>
public sealed record Subscriber(string UserName, string? Email, UserScope Scope);
