using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.ExamStations;

/// <summary>An exam station (考核站点) hosted by a college for one certificate; key <c>"{tenant}/{stationCode}"</c>.</summary>
public interface IExamStationGrain : ITenantGrain
{
    /// <summary>Files the station (NAT-STA-1: agreed with the organisation and the province, then filed).</summary>
    Task<CommandResult<ExamStationDetails>> FileAsync(FileExamStation command);

    /// <summary>The station, or null when never filed.</summary>
    Task<ExamStationDetails?> GetAsync();
}
