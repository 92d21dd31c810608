using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.ExamStations;

namespace OnePlusX.Silo.Demo;

/// <summary>
/// SAMPLE data for the embedded default: the four seed colleges with invented schools, majors, students,
/// stations and projects. Names of colleges, provinces and cities are real; every other figure is made up and
/// nothing here may pass for an official number.
/// </summary>
internal static class DemoData
{
    public sealed record College(
        string Code,
        RegisterCollege Registration,
        AddSchool[] Schools,
        AddMajor[] Majors,
        (string Code, FileExamStation Station)[] Stations,
        (string Certificate, CertificateLevel Level, ApplyForProject Application)[] Projects);

    public const int StudentsPerCollege = 12;

    /// <summary>A made-up agreed exam price per candidate: equipment and consumables, certificate fee, examiner labour.</summary>
    public static readonly Policies.ExamPrice ExamPrice = new(80m, 200m, 60m);

    /// <summary>
    /// SAMPLE cost caps (NAT-COST-1): no official cap is in our sources, so every value is made up and marked sample.
    /// IND-ROBOT's later, lower cap is below <see cref="ExamPrice"/>, so the over-cap view has a project to show.
    /// </summary>
    public static readonly (string Certificate, CertificateLevel Level, DateOnly From, decimal Cap)[] SampleCostCaps =
    [
        ("WEB-FE", CertificateLevel.Intermediate, new(2025, 1, 1), 400m),
        ("IND-ROBOT", CertificateLevel.Intermediate, new(2025, 1, 1), 400m),
        ("IND-ROBOT", CertificateLevel.Intermediate, new(2026, 9, 1), 300m),
        ("BIM", CertificateLevel.Intermediate, new(2025, 1, 1), 360m),
    ];

    public static readonly College[] Colleges =
    [
        new("JLJT", new("吉林交通职业技术学院", "22", "220100"),
            [new("AUTO", "汽车工程学院（示例）"), new("INFO", "信息工程学院（示例）")],
            [new("AUTO-SVC", "汽车检测与维修技术（示例）", "AUTO"), new("SOFT", "软件技术（示例）", "INFO")],
            [("CC-WEB", new("长春 Web 前端考核站点（示例）", "WEB-FE", "220100", 60))],
            [("WEB-FE", CertificateLevel.Intermediate, new("INFO", 40, 20000m)), ("AUTO-MAINT", CertificateLevel.Elementary, new("AUTO", 30, 15000m))]),
        new("HBGZ", new("湖北工业职业技术学院", "42", "420300"),
            [new("MECH", "机电工程学院（示例）"), new("ECON", "经济管理学院（示例）")],
            [new("ROBOT", "工业机器人技术（示例）", "MECH"), new("LOGI", "现代物流管理（示例）", "ECON")],
            [("SY-ROBOT", new("十堰工业机器人考核站点（示例）", "IND-ROBOT", "420300", 40))],
            [("IND-ROBOT", CertificateLevel.Intermediate, new("MECH", 40, 24000m)), ("LOGISTICS", CertificateLevel.Intermediate, new("ECON", 50, 18000m))]),
        new("SDDZ", new("山东电子职业技术学院", "37", "370100"),
            [new("ELEC", "电子工程学院（示例）"), new("FIN", "财经学院（示例）")],
            [new("IOT", "物联网应用技术（示例）", "ELEC"), new("ACCT", "大数据与会计（示例）", "FIN")],
            [("JN-SENSOR", new("济南传感网考核站点（示例）", "SENSOR-NET", "370100", 50))],
            [("SENSOR-NET", CertificateLevel.Intermediate, new("ELEC", 45, 27000m)), ("SMART-TAX", CertificateLevel.Advanced, new("FIN", 30, 12000m))]),
        new("XMGX", new("厦门工学院", "35", "350200"),
            [new("CIVIL", "建筑与土木工程学院（示例）"), new("BIZ", "商学院（示例）")],
            [new("BIM", "建筑工程（示例）", "CIVIL"), new("ECOM", "电子商务（示例）", "BIZ")],
            [("XM-BIM", new("厦门 BIM 考核站点（示例）", "BIM", "350200", 40))],
            [("BIM", CertificateLevel.Intermediate, new("CIVIL", 40, 16000m)), ("ONLINE-SHOP", CertificateLevel.Elementary, new("BIZ", 35, 9000m))]),
    ];
}
