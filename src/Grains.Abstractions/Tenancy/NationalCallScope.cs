namespace OnePlusX.Tenancy;

/// <summary>
/// Acts for national monitoring: a call scope naming the caller, its address and roles, for no tenant and with no
/// system reason. National grains (the cost-cap table, monitoring points) are not tenant grains, so the grain call
/// filter lets such calls through; the grains themselves check the roles before they change anything. A national
/// scope reaches no tenant grain: the filter refuses a call that acts for no tenant and states no system reason.
/// </summary>
public static class NationalCallScope
{
    /// <summary>Acts for national monitoring until disposed; the previous scope comes back on dispose.</summary>
    public static IDisposable For(string actor, string? origin, IEnumerable<string> roles) => new Scope(actor, origin, string.Join(',', roles));

    private sealed class Scope : IDisposable
    {
        private static readonly string[] Keys = [CallScope.TenantKey, CallScope.SystemReasonKey, CallScope.ActorKey, CallScope.OriginKey, CallScope.RolesKey];
        private readonly object?[] _previous = Keys.Select(RequestContext.Get).ToArray();

        public Scope(string actor, string? origin, string roles)
        {
            Set(CallScope.TenantKey, null);
            Set(CallScope.SystemReasonKey, null);
            Set(CallScope.ActorKey, actor);
            Set(CallScope.OriginKey, origin);
            Set(CallScope.RolesKey, roles);
        }

        public void Dispose()
        {
            for (var i = 0; i < Keys.Length; i++)
            {
                Set(Keys[i], _previous[i]);
            }
        }

        private static void Set(string key, object? value)
        {
            if (value is null)
            {
                RequestContext.Remove(key);
            }
            else
            {
                RequestContext.Set(key, value);
            }
        }
    }
}
