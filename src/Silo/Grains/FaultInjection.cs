namespace OnePlusX.Silo.Grains;

/// <summary>
/// Test-only crash points, off unless configured (<c>OnePlusX:FaultInjection:CrashAfterStateWrite</c> = a state name).
/// The projection-repair test uses it to kill the process between a grain's state write and its projection.
/// </summary>
public sealed class FaultInjection(IConfiguration configuration)
{
    private readonly string? _crashAfterStateWrite = configuration["OnePlusX:FaultInjection:CrashAfterStateWrite"];

    public void AfterStateWrite(string stateName)
    {
        if (string.Equals(_crashAfterStateWrite, stateName, StringComparison.Ordinal))
        {
            Environment.FailFast($"Fault injection: crash after writing {stateName} state.");
        }
    }
}
