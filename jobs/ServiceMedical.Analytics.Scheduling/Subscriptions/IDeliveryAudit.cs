namespace ServiceMedical.Analytics.Scheduling.Subscriptions;

/// <summary>Where sending is audited: the dashboard's audit log (the jobs have none of their own).</summary>
public interface IDeliveryAudit
{
    void Record(string userName, string eventName, string detail, string filters);
}
