namespace OnePlusX.Tenancy;

/// <summary>
/// Marks a grain whose string key starts with its tenant: the grain call filter checks every call to it.
/// </summary>
public interface ITenantGrain : IGrainWithStringKey
{
}
