using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>An added or replacing X course (课程备案) as the approvable item <c>course:{code}</c> (JL-CUR-2: 教务处 approves it).</summary>
internal sealed class CourseApproval : IApprovableKind<CertificateProjectState>
{
    public bool Owns(string item) => item.StartsWith(TeachingItems.CoursePrefix, StringComparison.Ordinal);

    public ApprovalItem? Find(CertificateProjectState state, string item) =>
        state.Courses.FirstOrDefault(c => c.Item == item) is { Approval: { } approval } course ? new ApprovalItem(item, course.Title, approval) : null;

    public CertificateProjectState With(CertificateProjectState state, string item, Approval approval) =>
        state with { Courses = state.Courses.Select(c => c.Item == item ? c with { Approval = approval } : c).ToList() };

    public IEnumerable<ApprovalItem> All(CertificateProjectState state) =>
        state.Courses.Where(c => c.Approval is not null).Select(c => new ApprovalItem(c.Item, c.Title, c.Approval!));
}
