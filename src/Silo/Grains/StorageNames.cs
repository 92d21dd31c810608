namespace OnePlusX.Silo.Grains;

/// <summary>Names of the Orleans providers the silo registers.</summary>
internal static class StorageNames
{
    /// <summary>Grain state through Orleans' ADO.NET provider (PostgreSQL or the embedded SQLite file).</summary>
    public const string Default = "oneplusx";
}
