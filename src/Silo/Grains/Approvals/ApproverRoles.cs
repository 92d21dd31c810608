using OnePlusX.Policies;
using OnePlusX.Security;

namespace OnePlusX.Silo.Grains.Approvals;

/// <summary>
/// Which roles act as which approver. 教务处 accounts also record the leading group's and the appraisal station's
/// decisions (neither signs in itself); a school officer reviews for the 二级学院; the province's coordinators approve
/// what the province approves.
/// </summary>
internal static class ApproverRoles
{
    public static bool CanActAs(IReadOnlySet<string> roles, Approver approver) => approver switch
    {
        Approver.School => roles.Contains(Roles.SchoolOfficer) || roles.Contains(Roles.CollegeAdministrator),
        Approver.AcademicAffairsOffice or Approver.LeadingGroup or Approver.AppraisalStation => roles.Contains(Roles.CollegeAdministrator),
        Approver.Province => roles.Contains(Roles.ProvincialCoordinator),
        _ => false,
    };

    public static string Chinese(Approver approver) => approver switch
    {
        Approver.School => "二级学院",
        Approver.AcademicAffairsOffice => "教务处",
        Approver.LeadingGroup => "试点工作领导小组",
        Approver.AppraisalStation => "职业技能鉴定站",
        Approver.Province => "省级教育行政部门",
        _ => approver.ToString(),
    };

    public static string English(Approver approver) => approver switch
    {
        Approver.School => "the secondary college",
        Approver.AcademicAffairsOffice => "the academic affairs office",
        Approver.LeadingGroup => "the pilot leading group",
        Approver.AppraisalStation => "the skill appraisal station",
        Approver.Province => "the provincial education department",
        _ => approver.ToString(),
    };
}
