using OnePlusX.Approvals;
using OnePlusX.Colleges;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.ExamStations;
using OnePlusX.Outcomes;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.ExamStations;

internal sealed class ExamStationGrain(
    [PersistentState(ExamStationGrain.StateKey, StorageNames.Default)] IPersistentState<ExamStationState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ReferenceCatalog reference,
    IPolicyCatalog policies,
    ILogger<ExamStationGrain> logger)
    : ProjectedGrain<ExamStationState>(state, readModels, faults, logger), IExamStationGrain
{
    /// <summary>The station's application to the province (NAT-STA-1), its one approvable item.</summary>
    internal static readonly ApprovableKinds<ExamStationState> Approvables = new(new StationApplication());

    public const string StateKey = "examStation";

    protected override string StateName => StateKey;

    /// <summary>NAT-STA-1: a station examines one certificate in one city of its province; coverage is counted per city.</summary>
    public async Task<CommandResult<ExamStationDetails>> FileAsync(FileExamStation command)
    {
        if (KeyError() is { } keyError)
        {
            return keyError;
        }

        if (Exists)
        {
            return CommandError.Conflict("ALREADY_FILED", $"Exam station {LocalKey} is already filed.");
        }

        if ((Validate.Text(command.Name, nameof(command.Name), 100) ?? Validate.Range(command.Capacity, nameof(command.Capacity), 1, 10_000)) is { } error)
        {
            return error;
        }

        if (!reference.Certificates.ContainsKey(command.CertificateCode ?? ""))
        {
            return CommandError.Invalid(nameof(command.CertificateCode), $"'{command.CertificateCode}' is not a certificate of the catalogue.");
        }

        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (!reference.IsCityOf(command.CityCode ?? "", college.ProvinceCode))
        {
            return CommandError.Invalid(nameof(command.CityCode), $"'{command.CityCode}' is not a city of province {college.ProvinceCode} (NAT-STA-1: stations are filed with the college's province).");
        }

        await CommitAsync(
            new ExamStationState
            {
                Name = command.Name.Trim(), CertificateCode = command.CertificateCode!, ProvinceCode = college.ProvinceCode,
                CityCode = command.CityCode!, Capacity = command.Capacity,
                Application = ApprovalFlow.Start(policies.ForTenant(Tenant).ApprovalPathFor(ApprovalSubject.StationApplication)),
            },
            "exam-station.filed");
        return CommandResult<ExamStationDetails>.Ok(Details());
    }

    public Task<ExamStationDetails?> GetAsync() => Task.FromResult(Exists ? Details() : null);

    public Task<CommandResult<ApprovalItem>> SubmitAsync(string item) => StepApprovalAsync(Approvables, item, ApprovalSteps.Submit);

    public Task<CommandResult<ApprovalItem>> WithdrawAsync(string item) => StepApprovalAsync(Approvables, item, ApprovalSteps.Withdraw);

    public async Task<CommandResult<ApprovalItem>> ReviewAsync(string item, ReviewDecision decision)
    {
        var result = await StepApprovalAsync(Approvables, item, ApprovalSteps.Review(decision));
        if (result.Succeeded && result.Value.Approval.Status == ApprovalStatus.Approved)
        {
            // The college learns which certificates it has an approved station for (HB-PROC-1's station stage).
            await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).RecordApprovedStationAsync(new ApprovedStation(LocalKey, State.CertificateCode));
        }

        return result;
    }

    public Task<ApprovalItem?> GetApprovalAsync(string item) => Task.FromResult(Exists ? Approvables.Find(State, item) : null);

    protected override ExamStationState WithChange(ExamStationState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(ExamStationState current, int version) =>
        ExamStationProjection.For(Key, Tenant.Value, LocalKey, current, version, Approvables.All(current));


    private ExamStationDetails Details() =>
        new(LocalKey, State.Name, State.CertificateCode, State.ProvinceCode, State.CityCode, State.Capacity, Version) { Application = State.Application };
}
