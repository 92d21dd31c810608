using OnePlusX.Approvals;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.ExamStations;

/// <summary>An exam station's application (考核站点申请, NAT-STA-1) as the approvable item <c>application</c>.</summary>
internal sealed class StationApplication : IApprovableKind<ExamStationState>
{
    public const string Item = "application";

    public bool Owns(string item) => item == Item;

    public ApprovalItem? Find(ExamStationState state, string item) =>
        item == Item && state.Application is { } approval ? new ApprovalItem(Item, Title(state), approval) : null;

    public ExamStationState With(ExamStationState state, string item, Approval approval) => state with { Application = approval };

    public IEnumerable<ApprovalItem> All(ExamStationState state) =>
        state.Application is { } approval ? [new ApprovalItem(Item, Title(state), approval)] : [];

    private static string Title(ExamStationState state) => $"考核站点申请 {state.Name}（{state.CertificateCode}，{state.CityCode}）";
}
