using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.ExamStations;

/// <summary>An exam station (考核站点) hosted by a college for one certificate; key <c>"{tenant}/{stationCode}"</c>.</summary>
public interface IExamStationGrain : ITenantGrain, Approvals.IApprovalTarget
{
    /// <summary>
    /// Files the station (NAT-STA-1: agreed with the organisation and the province): a draft application, the item
    /// <c>application</c>, submitted with <see cref="Approvals.IApprovalTarget.SubmitAsync"/> and approved by the province.
    /// </summary>
    Task<CommandResult<ExamStationDetails>> FileAsync(FileExamStation command);

    /// <summary>The station, or null when never filed.</summary>
    Task<ExamStationDetails?> GetAsync();
}
