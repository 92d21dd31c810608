namespace OnePlusX.Silo.ReadModels;

/// <summary>Implemented by every projected grain: re-project the current state (a no-op when already projected).</summary>
public interface IProjectionRepairGrain : IGrainWithStringKey
{
    /// <summary>Projects the current state version unless the ledger already has it.</summary>
    Task ReprojectAsync();
}
