using System.Globalization;
using OnePlusX.AnnualPlans;
using OnePlusX.Approvals;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.Approvals;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.Grains.AnnualPlans;

/// <summary>
/// A secondary college's annual plan (SD-PLAN-1) with its budget exception (SD-BUD-1) and change requests (SD-CHG-1),
/// each an approvable item on the path the college's policy gives.
/// </summary>
internal sealed class AnnualPlanGrain : ProjectedGrain<AnnualPlanState>, IAnnualPlanGrain
{
    public const string StateKey = "annualPlan";
    private const int MaxItems = 50;
    private readonly ReferenceCatalog _reference;
    private readonly IPolicyCatalog _policies;
    private readonly ApprovableKinds<AnnualPlanState> _approvables;
    private ParameterSchedule _parameters = ParameterSchedule.Defaults;

    public AnnualPlanGrain(
        [PersistentState(StateKey, StorageNames.Default)] IPersistentState<AnnualPlanState> state,
        ReadModelWriter readModels,
        FaultInjection faults,
        ReferenceCatalog reference,
        IPolicyCatalog policies,
        ILogger<AnnualPlanGrain> logger)
        : base(state, readModels, faults, logger)
    {
        _reference = reference;
        _policies = policies;
        _approvables = new(new PlanApproval(), new ExceptionApproval(Check), new ChangeApproval());
    }

    protected override string StateName => StateKey;

    private IPilotPolicy Policy => _policies.ForTenant(Tenant);

    public async Task<CommandResult<AnnualPlanDetails>> DraftAsync(DraftAnnualPlan command)
    {
        if (!TryParseKey(out var schoolCode, out var year))
        {
            return CommandError.Invalid("key", $"'{LocalKey}' is not of the form plan-{{school}}-{{year}}.");
        }

        if (Validate(command) is { } invalid)
        {
            return invalid;
        }

        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (college.Schools.All(s => s.Code != schoolCode))
        {
            return CommandError.Invalid("schoolCode", $"School '{schoolCode}' does not exist in college {Tenant}.");
        }

        _parameters = college.Parameters;
        var approval = Exists ? ApprovalFlow.Revise(State.Plan) : ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.AnnualPlan));
        if (!approval.Succeeded)
        {
            return approval.Error;
        }

        var next = (Exists ? State : new AnnualPlanState { SchoolCode = schoolCode, Year = year }) with
        {
            Items = command.Items.Select(i => i with { CertificateCode = i.CertificateCode.Trim() }).ToList(),
            PilotScale = command.PilotScale,
            PreviousYearExecutedBudget = command.PreviousYearExecutedBudget,
            PreparedOn = command.PreparedOn,
            Plan = approval.Value,
        };
        var check = Policy.CheckAnnualPlan(Facts(next), college.Parameters);
        if (!check.Succeeded)
        {
            return check.Error;
        }

        await CommitAsync(next with { Check = check.Value }, Exists ? "annual-plan.revised" : "annual-plan.drafted");
        return CommandResult<AnnualPlanDetails>.Ok(Details());
    }

    public async Task<CommandResult<AnnualPlanDetails>> RequestBudgetExceptionAsync(RequestBudgetException command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Plan {LocalKey}");
        }

        if (OnePlusX.Silo.Grains.Validate.Text(command.Reason, "reason", 500) is { } invalid)
        {
            return invalid;
        }

        if (State.Exception is { Editable: false })
        {
            return CommandError.Conflict("EXCEPTION_PENDING", "An exception request for this plan is already submitted or approved.");
        }

        var approval = State.Exception is { } existing ? ApprovalFlow.Revise(existing) : ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.BudgetException));
        await CommitAsync(State with { Exception = approval.Value, ExceptionReason = command.Reason.Trim() }, "annual-plan.exception-requested");
        return CommandResult<AnnualPlanDetails>.Ok(Details());
    }

    public async Task<CommandResult<AnnualPlanDetails>> RequestChangeAsync(RequestPlanChange command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Plan {LocalKey}");
        }

        if ((OnePlusX.Silo.Grains.Validate.Code(command.Code, "code")
            ?? OnePlusX.Silo.Grains.Validate.Text(command.Reason, "reason", 500)
            ?? OnePlusX.Silo.Grains.Validate.Money(command.NewBudget, "newBudget")) is { } invalid)
        {
            return invalid;
        }

        if (command.ItemIndex < 0 || command.ItemIndex >= State.Items.Count)
        {
            return CommandError.Invalid("itemIndex", $"The plan has {State.Items.Count} certificates; {command.ItemIndex} is not one of them.");
        }

        if (!_reference.Offers(command.ToCertificateCode ?? "", command.ToLevel))
        {
            return CommandError.Invalid("toCertificateCode", $"Certificate '{command.ToCertificateCode}' at level {command.ToLevel} is not in the catalogue.");
        }

        if (State.Plan.Status != ApprovalStatus.Approved)
        {
            return CommandError.Conflict("PLAN_NOT_APPROVED", "A change request is made against an approved plan; revise the draft instead.");
        }

        if (State.Changes.Any(c => c.Request.Code == command.Code))
        {
            return CommandError.Conflict("DUPLICATE_CHANGE", $"The plan already has a change request '{command.Code}'.");
        }

        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        var planned = State.Items[command.ItemIndex];
        var check = Policy.CheckChangeRequest(
            new ChangeRequestFacts(command.RequestedOn, command.Reason, command.ToCertificateCode!, command.ToLevel, command.NewBudget, planned.Budget, command.RegisteredWithCreditBank),
            college?.Parameters ?? ParameterSchedule.Defaults);
        if (!check.Succeeded)
        {
            return check.Error;
        }

        if (!check.Value.Allowed)
        {
            return CommandError.Refused(check.Value);
        }

        var change = new PlanChange(command with { Reason = command.Reason.Trim() }, check.Value, ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.ChangeRequest)));
        await CommitAsync(State with { Changes = [.. State.Changes, change] }, "annual-plan.change-requested", command.Code);
        return CommandResult<AnnualPlanDetails>.Ok(Details());
    }

    public Task<AnnualPlanDetails?> GetAsync() => Task.FromResult(Exists ? Details() : null);

    public async Task<CommandResult<ApprovalItem>> SubmitAsync(string item)
    {
        await LoadParametersAsync();
        return await StepApprovalAsync(_approvables, item, ApprovalSteps.Submit);
    }

    public Task<CommandResult<ApprovalItem>> WithdrawAsync(string item) => StepApprovalAsync(_approvables, item, ApprovalSteps.Withdraw);

    public async Task<CommandResult<ApprovalItem>> ReviewAsync(string item, ReviewDecision decision)
    {
        await LoadParametersAsync();
        return await StepApprovalAsync(_approvables, item, ApprovalSteps.Review(decision));
    }

    public Task<ApprovalItem?> GetApprovalAsync(string item) => Task.FromResult(Exists ? _approvables.Find(State, item) : null);

    protected override AnnualPlanState WithChange(AnnualPlanState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(AnnualPlanState current, int version) =>
        new(StateKey, Key, Tenant.Value, version, current.LastChange, dialect =>
            ApprovalProjection.Rows(dialect, Tenant.Value, ApprovalTarget.AnnualPlan, LocalKey, _approvables.All(current), version));

    /// <summary>The plan checked again (after the leading group's exception), with the college's parameters.</summary>
    private PolicyDecision Check(AnnualPlanState state)
    {
        var result = Policy.CheckAnnualPlan(Facts(state), _parameters);
        return result.Succeeded ? result.Value : state.Check;
    }

    private async Task LoadParametersAsync() =>
        _parameters = (await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync())?.Parameters ?? ParameterSchedule.Defaults;

    private static AnnualPlanFacts Facts(AnnualPlanState state) => new(
        state.Year, state.PreparedOn, state.Items.Select(i => new AnnualPlanItem(i.CertificateCode, i.Level, i.Candidates, i.Budget)).ToList(),
        state.PilotScale, state.PreviousYearExecutedBudget, state.ExceptionApproved);

    private CommandError? Validate(DraftAnnualPlan command)
    {
        if (command.Items is not { Count: > 0 and <= MaxItems })
        {
            return CommandError.Invalid("items", $"A plan lists 1 to {MaxItems} certificates.");
        }

        for (var i = 0; i < command.Items.Count; i++)
        {
            var item = command.Items[i];
            if (!_reference.Offers(item.CertificateCode?.Trim() ?? "", item.Level))
            {
                return CommandError.Invalid($"items[{i}].certificateCode", $"Certificate '{item.CertificateCode}' at level {item.Level} is not in the catalogue.");
            }

            if ((OnePlusX.Silo.Grains.Validate.Range(item.Candidates, $"items[{i}].candidates", 1, 100_000)
                ?? OnePlusX.Silo.Grains.Validate.Money(item.Budget, $"items[{i}].budget")) is { } error)
            {
                return error;
            }
        }

        return OnePlusX.Silo.Grains.Validate.Range(command.PilotScale, "pilotScale", 1, 1_000_000)
            ?? (command.PreviousYearExecutedBudget is { } previous ? OnePlusX.Silo.Grains.Validate.Money(previous, "previousYearExecutedBudget") : null);
    }

    private bool TryParseKey(out string schoolCode, out int year)
    {
        schoolCode = "";
        year = 0;
        var local = LocalKey;
        var dash = local.LastIndexOf('-');
        if (!local.StartsWith("plan-", StringComparison.Ordinal) || dash <= 5
            || !int.TryParse(local.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2019 or > 2100)
        {
            return false;
        }

        schoolCode = local[5..dash];
        return true;
    }

    private AnnualPlanDetails Details() => new(
        LocalKey, State.SchoolCode, State.Year, State.Items, State.PilotScale, State.PreviousYearExecutedBudget, State.PreparedOn,
        State.Check, State.Plan, State.Exception, State.ExceptionReason, State.Changes, Version);
}
