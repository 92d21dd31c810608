using System.Globalization;
using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Grains.National;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.CostCaps;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.CostCaps;

/// <summary>
/// A certificate's cost-cap table (考核成本上限, NAT-COST-1), kept by national monitoring: a cap per level from a day
/// on. The cap in force on a day is the entry with the latest effective day on or before it.
/// </summary>
internal sealed class CostCapGrain(
    [PersistentState(CostCapGrain.StateKey, StorageNames.Default)] IPersistentState<CostCapState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ReferenceCatalog reference,
    ILogger<CostCapGrain> logger)
    : NationalGrain<CostCapState>(state, readModels, faults, logger), ICostCapGrain
{
    public const string StateKey = "costCaps";

    /// <summary>A cap above this per candidate is a typing mistake (the agreed fee has the same ceiling).</summary>
    public const decimal MaxCap = 100_000m;

    protected override string StateName => StateKey;

    public async Task<CommandResult<CostCapTable>> SetAsync(SetCostCap command)
    {
        // NAT-COST-1: the table is national monitoring's to keep.
        if (WriterRefusal("NAT-COST-1", "只有国家监测可维护考核成本上限", "Only national monitoring keeps the cost-cap table") is { } refused)
        {
            return refused;
        }

        if (command is null)
        {
            return CommandError.Invalid("input", "input is required.");
        }

        if (reference.Certificate(Key) is null)
        {
            return CommandError.Invalid("certificateCode", $"'{Key}' is not a certificate of the catalogue.");
        }

        if (!Enum.IsDefined(command.Level) || !reference.Offers(Key, command.Level))
        {
            return CommandError.Invalid("level", $"Certificate {Key} is not offered at level {(int)command.Level}.");
        }

        if (command.EffectiveFrom.Year is < 2019 or > 2100)
        {
            return CommandError.Invalid("effectiveFrom", "effectiveFrom must be a day of the pilot years (2019–2100).");
        }

        if (command.Cap <= 0m || command.Cap > MaxCap || decimal.Round(command.Cap, 2) != command.Cap)
        {
            return CommandError.Invalid("cap", $"cap must be more than 0 and at most {MaxCap} yuan, to the fen.");
        }

        var entry = new CostCap(Key, command.Level, command.EffectiveFrom, command.Cap, command.Sample, CallScope.CurrentActor, DateTimeOffset.UtcNow);
        var caps = State.Caps.Where(c => c.Level != entry.Level || c.EffectiveFrom != entry.EffectiveFrom).Append(entry)
            .OrderBy(c => c.Level).ThenBy(c => c.EffectiveFrom).ToList();
        await CommitAsync(
            State with { Caps = caps },
            "cost-cap.set",
            string.Create(CultureInfo.InvariantCulture, $"{Key} L{(int)entry.Level} from {entry.EffectiveFrom:yyyy-MM-dd}: {entry.Cap}{(entry.Sample ? " (sample)" : "")}"));
        return Table();
    }

    public Task<CostCapTable> GetAsync() => Task.FromResult(Table());

    public Task<CostCap?> InForceAsync(CertificateLevel level, DateOnly day) => Task.FromResult(Table().InForce(level, day));

    private CostCapTable Table() => new(Key, State.Caps);

    protected override CostCapState WithChange(CostCapState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(CostCapState current, int version) =>
        CostCapProjection.For(Key, current, version);
}
