namespace OnePlusX.Tenancy;

/// <summary>
/// Thrown by the grain call filter when a call reaches a grain of another tenant without a system scope.
/// It signals a bug at the edge, not a business outcome; its message never names the other tenant's data.
/// </summary>
[GenerateSerializer, Alias("OnePlusX.TenantAccessDeniedException")]
public sealed class TenantAccessDeniedException : Exception
{
    public TenantAccessDeniedException()
        : base("The call is not allowed for the caller's tenant.")
    {
    }

    public TenantAccessDeniedException(string message)
        : base(message)
    {
    }

    public TenantAccessDeniedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
