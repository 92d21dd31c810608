using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains;

/// <summary>
/// The write path every tenant grain shares: change the state, write it (ETag-checked by the ADO.NET provider),
/// then project it into the read models with its audit entry. A crash between the write and the projection is
/// repaired when the grain next activates, and by <see cref="ProjectionSweeper"/> for grains nobody calls again.
/// </summary>
internal abstract class ProjectedGrain<TState>(
    IPersistentState<TState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ILogger logger) : Grain, IProjectionRepairGrain
    where TState : class, new()
{
    protected TState State => state.State;

    protected bool Exists => state.RecordExists;

    protected int Version => int.TryParse(state.Etag, out var version) ? version : 0;

    protected string Key => this.GetPrimaryKeyString();

    /// <summary>The tenant the key starts with (the filter has already checked the caller against it).</summary>
    protected TenantId Tenant => GrainKey.TryGetTenant(Key, out var tenant)
        ? tenant.Value
        : throw new InvalidOperationException($"Grain key '{Key}' carries no tenant.");

    /// <summary>
    /// A validation error when the grain's own key is malformed (the edge builds keys with <see cref="GrainKey.For"/>,
    /// so this guards against callers that do not).
    /// </summary>
    protected Outcomes.CommandError? KeyError() =>
        GrainKey.TrySplit(Key, out _, out _) ? null : Outcomes.CommandError.Invalid("key", $"'{Key}' is not of the form {{tenant}}/{{key}}.");

    /// <summary>The part of the key after the tenant (the whole key for a college).</summary>
    protected string LocalKey => Key.IndexOf(GrainKey.Separator) is var slash and >= 0 ? Key[(slash + 1)..] : Key;

    /// <summary>The state name, which is also the grain type in orleans_storage and in the projection ledger.</summary>
    protected abstract string StateName { get; }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            // Repair: a previous activation may have died between its state write and its projection.
            await readModels.ProjectAsync(BuildProjection(state.State, Version), cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task ReprojectAsync()
    {
        if (state.RecordExists)
        {
            await readModels.ProjectAsync(BuildProjection(state.State, Version));
        }
    }

    /// <summary>Writes the next state, then projects it; the change is acknowledged once the state is durable.</summary>
    protected async Task CommitAsync(TState next, string action, string? detail = null)
    {
        var previous = state.State;
        state.State = WithChange(next, new AuditEntry(CallScope.CurrentActor, action, detail, DateTimeOffset.UtcNow) { Origin = CallScope.CurrentOrigin });
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }

        faults.AfterStateWrite(StateName);
        try
        {
            await readModels.ProjectAsync(BuildProjection(state.State, Version));
        }
        catch (Exception ex)
        {
            // The change is durable; the sweep (or the next activation) re-projects this version.
            logger.LogWarning(ex, "Projection of {GrainType} {GrainKey} v{Version} failed; it will be repaired", StateName, Key, Version);
        }
    }

    /// <summary>
    /// Applies an approval step (submit, withdraw, review) to one of the grain's approvable items and commits it;
    /// the step's outcome decides the audit action (<c>approval.submitted</c>, <c>approval.rejected</c>…).
    /// </summary>
    protected async Task<CommandResult<ApprovalItem>> StepApprovalAsync(ApprovableKinds<TState> kinds, string item, Func<Approval, CommandResult<Approval>> step)
    {
        if (!Exists || string.IsNullOrEmpty(item) || item.Length > 200 || kinds.Find(State, item) is not { } found)
        {
            return CommandError.NotFound($"Item '{item}'");
        }

        if (ReferenceEquals(step, ApprovalSteps.Submit) && found.Approval.Editable && kinds.CanSubmit(State, item) is { } notReady)
        {
            return notReady;
        }

        var next = step(found.Approval);
        if (!next.Succeeded)
        {
            return next.Error;
        }

        await CommitAsync(kinds.With(State, item, next.Value), ApprovalSteps.AuditAction(next.Value), item);
        return kinds.Find(State, item)!;
    }

    /// <summary>The state with the audit entry of the change that produces it.</summary>
    protected abstract TState WithChange(TState next, AuditEntry change);

    /// <summary>The rows the read models need from this state.</summary>
    protected abstract Projection BuildProjection(TState current, int version);
}
