namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// The four seed colleges' pilot years of 2026 and what their policies must decide. Every figure is worked out here
/// from the policy texts (docs/rules.md) and the parameter defaults, not read back from the code:
/// <list type="bullet">
/// <item>Teaching (附件3), the same for all: 张老师 45 students 4 h + 4 h, 李老师 30 students 6 h on one day.</item>
/// <item>Exam work (附件4), the same plan for all: 王 internal examiner 2 days, 陈 external examiner 1 day, 李 invigilates
/// R1 09:00–11:00 and 14:00–17:00, 赵 invigilates R2 09:00–11:00, 钱 staff on all three sittings, consumables 300.</item>
/// <item>Exam price 100 equipment + 200 certificate fee + 50 examiner labour = 350 a candidate.</item>
/// <item>NAT-ISS-1 due days on the official 2026 calendar (7 working days after issue, holidays skipped, make-up days counted).</item>
/// </list>
/// </summary>
public static class PilotColleges
{
    private const string School = "SCHOOL";
    private const string Office = "ACADEMIC_AFFAIRS_OFFICE";
    private const string Province = "PROVINCE";

    private static readonly string[] SchoolThenOffice = [School, Office];

    public static readonly PilotCollege Jilin = new()
    {
        Code = "JLJT", Name = "吉林交通职业技术学院", Plugin = "JLJT", Province = "22", City = "220100",
        SchoolName = "汽车工程学院", MajorName = "汽车检测与维修技术", Certificate = "AUTO-MAINT",
        Students = ["赵一鸣", "钱晓丽", "孙国强", "李春生"],
        PlanPreparedOn = new(2025, 11, 10),
        PlanPath = new(SchoolThenOffice, ["JL-ORG-1"]),
        ApplicationPath = new([School, Office, Province], ["NAT-STA-1", "JL-ORG-1"]),
        StationPath = new([School, Office, Province], ["NAT-STA-1", "JL-ORG-1"]),
        RefusedApplication = ("BIM", "INTERMEDIATE", "M1", "JL-APP-1"), // a third X certificate of major M1
        SecondCertificate = ("LOGISTICS", new("STUDENT", [("CANDIDATE_PAYMENT", "办证费", 300m)], "JL-FUND-1", "学生自费：第二个证书（JL-FUND-1）")),
        CourseMode = "REPLACE_COURSE", CoursePath = new([Office], ["JL-CUR-2"]), RefusesSeparateCourse = true,
        TrainingPath = new(SchoolThenOffice, ["JL-FORM-1"]), TrainingCheckRules = ["JL-CLS-1", "JL-TCH-1", "JL-FORM-1"],

        // JL-PAY-1: hours × 50 × the student-number coefficient (41–60 students 1.1, up to 40 1.0).
        TeachingFees = new("JLJT", [new("张老师", "TEACHING_FEE", 8, 50, 440, "JL-PAY-1", 1.1m), new("李老师", "TEACHING_FEE", 6, 50, 300, "JL-PAY-1")],
            740m, "柒佰肆拾元整", ["JL-FORM-3", "JL-PAY-1"]),
        ExamRefusal = ExamRefusal.ThirdInvigilator,
        ExamPath = new(SchoolThenOffice, ["JL-FORM-2"]), ExamCheckRules = ["JL-PAY-2", "JL-PAY-3", "JL-PAY-4"],

        // JL-PAY-2 examiners 800 a day, JL-PAY-3 invigilators 100 a session, JL-PAY-4 staff 200 per exam.
        ExamFees = new("JLJT",
            [
                new("王考评", "EXAMINER_FEE", 2, 800, 1600, "JL-PAY-2"), new("陈考评", "EXAMINER_FEE", 1, 800, 800, "JL-PAY-2"),
                new("李监考", "INVIGILATOR_FEE", 2, 100, 200, "JL-PAY-3"), new("赵监考", "INVIGILATOR_FEE", 1, 100, 100, "JL-PAY-3"),
                new("钱工作", "EXAM_STAFF_FEE", 1, 200, 200, "JL-PAY-4"), Consumables,
            ],
            3200m, "叁仟贰佰元整", ["JL-FORM-4", "NAT-FEE-1", "JL-PAY-2", "JL-PAY-3", "JL-PAY-4"]),
        Funding = new("COLLEGE", [("PUBLIC_SPECIAL_FUND", "设备耗材费", 100m), ("PUBLIC_SPECIAL_FUND", "办证费", 200m), ("PUBLIC_SPECIAL_FUND", "考评员劳务费", 50m)],
            "JL-FUND-1", "财政专项资金承担：第一个证书（JL-FUND-1）"),
        RegisteredOn = new(2026, 9, 1),

        // 09-30 (Wed); National Day 10-01…10-07; 10-08, 10-09, the make-up Saturday 10-10, 10-12, 10-13, 10-14, 10-15.
        IssuedOn = new(2026, 9, 30), PlatformDue = new(2026, 10, 15),
        Credits = CreditWay.CourseSubstitution, Credit = (4m, "COURSE_SUBSTITUTION", "JL-CRD-1"),
    };

    public static readonly PilotCollege Hubei = new()
    {
        Code = "HBGZ", Name = "湖北工业职业技术学院", Plugin = "HBGZ", Province = "42", City = "420300",
        SchoolName = "机电工程学院", MajorName = "工业机器人技术", Certificate = "IND-ROBOT",
        Students = ["周子涵", "吴思远", "郑海洋", "王雨桐"],
        PlanPreparedOn = new(2025, 12, 1),
        PlanPath = new(SchoolThenOffice, ["HB-ORG-1"]),
        ApplicationPath = new([School, Office, Province], ["NAT-STA-1", "HB-ORG-1"]),
        StationPath = new([School, Office, Province], ["NAT-STA-1", "HB-ORG-1"]),
        CourseMode = "REPLACE_COURSE", CoursePath = new(SchoolThenOffice, ["HB-ORG-1"]),
        ConcentratedTraining = true,
        TrainingPath = new(SchoolThenOffice, ["HB-TRN-1", "HB-ORG-1"]), TrainingCheckRules = ["HB-TRN-1"],

        // The baseline's 100 yuan a class hour (a sample), hours counted one for one into workload (HB-TRN-1).
        TeachingFees = new("HBGZ", [new("张老师", "TEACHING_FEE", 8, 100, 800, "NAT-TRN-2"), new("李老师", "TEACHING_FEE", 6, 100, 600, "NAT-TRN-2")],
            1400m, "壹仟肆佰元整", ["NAT-TRN-2", "HB-TRN-1"]),
        ExamPath = new(SchoolThenOffice, ["HB-ORG-1"]),

        // HB-FUND-2: internal examiners at the skill-appraisal rate (300 a day), external at the review rate (500);
        // invigilators and staff at the baseline's 100.
        ExamFees = new("HBGZ",
            [
                new("王考评", "EXAMINER_FEE", 2, 300, 600, "HB-FUND-2"), new("陈考评", "EXAMINER_FEE", 1, 500, 500, "HB-FUND-2"),
                new("李监考", "INVIGILATOR_FEE", 2, 100, 200, "NAT-COST-1"), new("赵监考", "INVIGILATOR_FEE", 1, 100, 100, "NAT-COST-1"),
                new("钱工作", "EXAM_STAFF_FEE", 1, 100, 100, "NAT-COST-1"), Consumables,
            ],
            1800m, "壹仟捌佰元整", ["HB-FUND-2", "NAT-FEE-1", "NAT-COST-1"]),
        Funding = new("COLLEGE", [("STUDENT_AID_FUND", "办证费", 200m), ("SCHOOL_OPERATING_BUDGET", "设备耗材费", 100m), ("SCHOOL_OPERATING_BUDGET", "考评员劳务费", 50m)],
            "HB-FUND-1,HB-FUND-2", "学校承担：第一个证书，办证费由资助经费支付，其余由二级学院运行经费支出（HB-FUND-1、HB-FUND-2）"),
        Extra = ExtraRegistration.UnselectedStudent,
        RegisteredOn = new(2026, 3, 2),

        // 04-30 (Thu); Labour Day 05-01…05-05; 05-06, 05-07, 05-08, the make-up Saturday 05-09, 05-11, 05-12, 05-13.
        IssuedOn = new(2026, 4, 30), PlatformDue = new(2026, 5, 13),
        Credits = CreditWay.CollegeSetsCredits, Credit = (2m, "CERTIFICATE_CREDIT", "NAT-CB-1"),
    };

    public static readonly PilotCollege Shandong = new()
    {
        Code = "SDDZ", Name = "山东电子职业技术学院", Plugin = "SDDZ", Province = "37", City = "370100",
        SchoolName = "电子工程学院", MajorName = "物联网应用技术", Certificate = "SENSOR-NET",
        Students = ["冯立新", "陈嘉怡", "褚天佑", "卫晓东"],
        ProjectBudget = 600m, // three certificate fees of 200 (SD-FUND-1)
        PlanPreparedOn = new(2025, 10, 15), PlanOutsideWindow = new(2026, 3, 1),
        PlanPath = new(SchoolThenOffice, ["SD-PLAN-1"]),
        ApplicationPath = new([School, Office, "LEADING_GROUP", Province], ["SD-APP-1", "NAT-STA-1"]),
        StationPath = new([School, Office, Province], ["NAT-STA-1"]),
        RefusedApplication = ("SENSOR-NET", "ELEMENTARY", null, "SD-LVL-1"),
        CourseMode = "MERGE_INTO_COURSES",
        TrainingPath = new(SchoolThenOffice, []),
        TeachingFees = new("SDDZ", [new("张老师", "TEACHING_FEE", 8, 100, 800, "NAT-TRN-2"), new("李老师", "TEACHING_FEE", 6, 100, 600, "NAT-TRN-2")],
            1400m, "壹仟肆佰元整", ["NAT-TRN-2"]),
        ExamPath = new(SchoolThenOffice, []),

        // The baseline's sample rates: examiners 500 a day, invigilators 100 a session, staff 100 per exam.
        ExamFees = new("SDDZ",
            [
                new("王考评", "EXAMINER_FEE", 2, 500, 1000, "NAT-COST-1"), new("陈考评", "EXAMINER_FEE", 1, 500, 500, "NAT-COST-1"),
                new("李监考", "INVIGILATOR_FEE", 2, 100, 200, "NAT-COST-1"), new("赵监考", "INVIGILATOR_FEE", 1, 100, 100, "NAT-COST-1"),
                new("钱工作", "EXAM_STAFF_FEE", 1, 100, 100, "NAT-COST-1"), Consumables,
            ],
            2200m, "贰仟贰佰元整", ["NAT-COST-1", "NAT-FEE-1"]),
        Funding = new("COLLEGE", [("SCHOOL_ALLOCATED_BUDGET", "办证费", 200m), ("SCHOOL_OPERATING_BUDGET", "设备耗材费", 100m), ("SCHOOL_OPERATING_BUDGET", "考评员劳务费", 50m)],
            "SD-FUND-1", "学校承担：第一个证书，办证费从二级学院项目预算支出，其余从运行经费支出（SD-FUND-1）"),
        Extra = ExtraRegistration.OverBudget,
        RegisteredOn = new(2026, 1, 5),

        // 02-12 (Thu); 02-13, the make-up Saturday 02-14; Spring Festival 02-15…02-23; 02-24…02-27, the make-up Saturday 02-28.
        IssuedOn = new(2026, 2, 12), PlatformDue = new(2026, 2, 28),
        FailedIssueRules = ["SD-ISS-1"],
        Credits = CreditWay.CollegeSetsCredits, Credit = (2m, "CERTIFICATE_CREDIT", "NAT-CB-1"),
    };

    public static readonly PilotCollege Xiamen = new()
    {
        Code = "XMGX", Name = "厦门工学院", Plugin = "XMGX", Province = "35", City = "350200",
        SchoolName = "商学院", MajorName = "大数据与会计", Certificate = "BIGDATA-FIN",
        Students = ["蒋文博", "沈佳琪", "韩志明", "杨若曦"],
        PlanPreparedOn = new(2025, 11, 20),
        PlanPath = new(SchoolThenOffice, []),
        ApplicationPath = new([School, "APPRAISAL_STATION", Office, Province], ["XM-ORG-1", "NAT-STA-1"]),
        StationPath = new([School, "APPRAISAL_STATION", Office, Province], ["XM-ORG-1", "NAT-STA-1"]),
        CourseMode = "REPLACE_COURSE", CoursePath = new(SchoolThenOffice, []),
        TrainingPath = new(SchoolThenOffice, []),

        // XM-PAY-1: 120 a class hour, or 720 for a day of 6 hours: 4 h + 4 h = 960; one day of 6 h = 720.
        TeachingFees = new("XMGX", [new("张老师", "TEACHING_FEE", 8, 120, 960, "XM-PAY-1"), new("李老师", "TEACHING_FEE", 6, 120, 720, "XM-PAY-1")],
            1680m, "壹仟陆佰捌拾元整", ["XM-PAY-1", "XM-FIN-1"]),
        ExamRefusal = ExamRefusal.VenueTaken,
        ExamPath = new(SchoolThenOffice, []), ExamCheckRules = ["XM-SCH-1"],

        // XM-PAY-2: 150 a session under 3 hours, 200 from 3 hours, 500 for a day of 3 or more sessions; examiners at the baseline's 500.
        ExamFees = new("XMGX",
            [
                new("王考评", "EXAMINER_FEE", 2, 500, 1000, "NAT-COST-1"), new("陈考评", "EXAMINER_FEE", 1, 500, 500, "NAT-COST-1"),
                new("李监考", "EXAM_DUTY_FEE", 1, 150, 150, "XM-PAY-2"), new("李监考", "EXAM_DUTY_FEE", 1, 200, 200, "XM-PAY-2"),
                new("赵监考", "EXAM_DUTY_FEE", 1, 150, 150, "XM-PAY-2"), new("钱工作", "EXAM_DUTY_FEE", 1, 500, 500, "XM-PAY-2"), Consumables,
            ],
            2800m, "贰仟捌佰元整", ["XM-PAY-2", "XM-FIN-1", "NAT-FEE-1", "NAT-COST-1"]),
        Funding = new("COLLEGE",
            [("EDUCATION_COMPANY_ACCOUNT", "设备耗材费", 100m), ("EDUCATION_COMPANY_ACCOUNT", "办证费", 200m), ("EDUCATION_COMPANY_ACCOUNT", "考评员劳务费", 50m)],
            "NAT-COST-1,XM-FIN-1", "学校承担：第一个证书，经教育科技有限公司账户支付（NAT-COST-1、XM-FIN-1）"),
        Extra = ExtraRegistration.ExternalCandidates,
        RegisteredOn = new(2026, 9, 1),

        // 09-18 (Fri); the make-up Sunday 09-20, 09-21…09-24; Mid-Autumn 09-25…09-27; 09-28, 09-29.
        IssuedOn = new(2026, 9, 18), PlatformDue = new(2026, 9, 29),
        Credits = CreditWay.PublicElective, Credit = (2m, "PUBLIC_ELECTIVE", "XM-CRD-1"),
    };

    private static LineExpectation Consumables => new("实训耗材", "EQUIPMENT_AND_CONSUMABLES", 1, 300, 300, null);
}
