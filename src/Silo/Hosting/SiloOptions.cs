namespace OnePlusX.Silo.Hosting;

/// <summary>Cluster identity and endpoints (<c>OnePlusX:Silo</c>); defaults suit one silo on one machine.</summary>
public sealed class SiloOptions
{
    public string ClusterId { get; set; } = "oneplusx";

    public string ServiceId { get; set; } = "oneplusx";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at; loopback when unset.</summary>
    public string? AdvertisedIP { get; set; }

    /// <summary>Load the four seed colleges with sample data at start-up (the embedded default does).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}
