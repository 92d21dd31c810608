using OnePlusX.Colleges;
using OnePlusX.MonitoringPoints;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Grains.National;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.MonitoringPoints;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.MonitoringPoints;

/// <summary>
/// A certificate's national monitoring points (国家监测点, NAT-MON-1): about ten pilot colleges chosen and changed by
/// national monitoring, each change kept in the history with who, when and why. A change is checked whole before
/// anything changes: the certificate, the reason, every code, the colleges' existence and the size of the set.
/// </summary>
internal sealed class MonitoringPointsGrain(
    [PersistentState(MonitoringPointsGrain.StateKey, StorageNames.Default)] IPersistentState<MonitoringPointsState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ReferenceCatalog reference,
    ILogger<MonitoringPointsGrain> logger)
    : NationalGrain<MonitoringPointsState>(state, readModels, faults, logger), IMonitoringPointsGrain
{
    public const string StateKey = "monitoringPoints";

    /// <summary>The most codes one change may list, added and removed together.</summary>
    public const int MaxCodesPerChange = 100;

    protected override string StateName => StateKey;

    public async Task<CommandResult<MonitoringPointSet>> DesignateAsync(DesignateMonitoringPoints command)
    {
        // NAT-MON-1: monitoring points are national monitoring's to choose.
        if (WriterRefusal("NAT-MON-1", "只有国家监测可指定监测点", "Only national monitoring designates monitoring points") is { } refused)
        {
            return refused;
        }

        if (Check(command) is { } invalid)
        {
            return invalid;
        }

        var add = command.Add.Select(c => c.Trim()).ToList();
        var remove = command.Remove.Select(c => c.Trim()).ToList();
        var current = State.Points.Select(p => p.CollegeCode).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < add.Count; i++)
        {
            if (current.Contains(add[i]))
            {
                return CommandError.Conflict("ALREADY_DESIGNATED", $"add[{i}]: college {add[i]} is already a monitoring point of {Key}.");
            }
        }

        for (var i = 0; i < remove.Count; i++)
        {
            if (!current.Contains(remove[i]))
            {
                return CommandError.Conflict("NOT_DESIGNATED", $"remove[{i}]: college {remove[i]} is not a monitoring point of {Key}.");
            }
        }

        var size = current.Count + add.Count - remove.Count;
        if (size > MonitoringPointSet.MaxPoints)
        {
            return CommandError.Invalid("add", $"{Key} would have {size} monitoring points; at most {MonitoringPointSet.MaxPoints} (about {MonitoringPointSet.Guidance} is the guidance).");
        }

        CollegeProfile?[] found;
        using (CallScope.System($"designating monitoring points of {Key}", CallScope.CurrentActor))
        {
            found = await Task.WhenAll(add.Select(code => GrainFactory.GetGrain<ICollegeGrain>(code).GetAsync()));
        }

        if (Array.FindIndex(found, college => college is null) is var missing and >= 0)
        {
            return CommandError.Invalid($"add[{missing}]", $"'{add[missing]}' is not a registered pilot college.");
        }

        var colleges = found.Select(college => college!).ToList();

        var at = DateTimeOffset.UtcNow;
        var actor = CallScope.CurrentActor;
        var reason = command.Reason.Trim();
        var removed = State.Points.Where(p => remove.Contains(p.CollegeCode)).ToList();
        var points = State.Points.Except(removed)
            .Concat(colleges.Select(c => new MonitoringPoint(Key, c.Code, c.Name, c.ProvinceCode, at, actor, reason)))
            .OrderBy(p => p.CollegeCode, StringComparer.Ordinal)
            .ToList();
        var changes = removed.Select(p => (p.CollegeCode, p.CollegeName, p.ProvinceCode, Action: MonitoringPointAction.Removed))
            .Concat(colleges.Select(c => (CollegeCode: c.Code, CollegeName: c.Name, c.ProvinceCode, Action: MonitoringPointAction.Added)))
            .Select((c, i) => new MonitoringPointChange(Key, State.History.Count + i + 1, c.CollegeCode, c.CollegeName, c.ProvinceCode, c.Action, at, actor, reason))
            .ToList();
        await CommitAsync(
            State with { Points = points, History = [.. State.History, .. changes] },
            "monitoring-points.designated",
            $"{string.Join(' ', changes.Select(c => (c.Action == MonitoringPointAction.Added ? "+" : "-") + c.CollegeCode))}: {reason}");
        return Set();
    }

    public Task<MonitoringPointSet> GetAsync() => Task.FromResult(Set());

    /// <summary>The shape of a change: each error names the input field.</summary>
    private CommandError? Check(DesignateMonitoringPoints? command)
    {
        if (reference.Certificate(Key) is null)
        {
            return CommandError.Invalid("certificateCode", $"'{Key}' is not a certificate of the catalogue.");
        }

        if (command?.Add is null || command.Remove is null)
        {
            return CommandError.Invalid(command?.Add is null ? "add" : "remove", "A list is required (it may be empty).");
        }

        if (Validate.Text(command.Reason, "reason", 500) is { } reason)
        {
            return reason;
        }

        if (command.Add.Count + command.Remove.Count == 0)
        {
            return CommandError.Invalid("add", "Name at least one college to add or remove.");
        }

        if (command.Add.Count + command.Remove.Count > MaxCodesPerChange)
        {
            return CommandError.Invalid("add", $"One change lists at most {MaxCodesPerChange} colleges.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, name) in new[] { (command.Add, "add"), (command.Remove, "remove") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var field = $"{name}[{i}]";
                if (!TenantId.TryParse(list[i]?.Trim(), out var code))
                {
                    return CommandError.Invalid(field, $"{field} is not a college code (2–16 upper-case letters or digits).");
                }

                if (!seen.Add(code.Value.Value))
                {
                    return CommandError.Invalid(field, $"{field}: college {code} is listed twice.");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A college's profile, or null when none has the code. Colleges are tenants: reading one from this national grain
    /// is a cross-tenant call, made in a recorded system scope like every other (the grain call filter writes it to the
    /// audit log with the actor).
    /// </summary>
    private MonitoringPointSet Set() => new(Key, State.Points, State.History);

    protected override MonitoringPointsState WithChange(MonitoringPointsState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(MonitoringPointsState current, int version) =>
        MonitoringPointProjection.For(Key, current, version);
}
