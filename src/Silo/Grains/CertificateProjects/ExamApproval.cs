using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// An exam (plan and filing, 考核备案) as the approvable item <c>exam:{code}</c>, subject ExamFiling, on the path the
/// college's policy gives (JLJT: 学院意见, 教务处意见, JL-FORM-2). It may be submitted only with a complete filing.
/// </summary>
internal sealed class ExamApproval : IApprovableKind<CertificateProjectState>
{
    public bool Owns(string item) => item.StartsWith(ExamDetails.ItemPrefix, StringComparison.Ordinal);

    public ApprovalItem? Find(CertificateProjectState state, string item) =>
        Exam(state, item) is { } exam ? new ApprovalItem(exam.Item, Title(state, exam), exam.Approval) : null;

    public CertificateProjectState With(CertificateProjectState state, string item, Approval approval) =>
        state with { Exams = state.Exams.Select(e => e.Item == item ? e with { Approval = approval } : e).ToList() };

    public IEnumerable<ApprovalItem> All(CertificateProjectState state) =>
        state.Exams.Select(e => new ApprovalItem(e.Item, Title(state, e), e.Approval));

    /// <summary>JL-FORM-2 (or the college's own filing rule): the filing must be complete before it goes to approvers.</summary>
    public CommandError? CanSubmit(CertificateProjectState state, string item) => Exam(state, item)?.SubmitError;

    private static ExamDetails? Exam(CertificateProjectState state, string item) => state.Exams.FirstOrDefault(e => e.Item == item);

    private static string Title(CertificateProjectState state, ExamDetails exam) => exam.Title(state.CertificateCode, state.Level);
}
