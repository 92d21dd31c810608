using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// A project of a data-set college: one certificate at one level in one year (项目). Key is its local key,
/// <c>{certificate}-{level}-{year}</c> (CertificateProjectKey); Certificate an index into the catalogue; Externals the
/// external candidates (社会学员) registered besides the college's students.
/// </summary>
internal sealed record DataSetProject(int Index, string Key, int Certificate, CertificateLevel Level, int Year, string SchoolCode, decimal AgreedFee, decimal ExamCost, int Externals);

/// <summary>A college's schools (二级学院), majors (专业), certificates and projects, drawn again whenever a table needs them.</summary>
internal sealed class DataSetStructure
{
    public static readonly int[] Years = [2024, 2025];

    private static readonly (string Code, string Name, (string Code, string Name)[] Majors)[] Schools =
    [
        ("INFO", "信息工程学院", [("SOFT", "软件技术"), ("BIGDATA", "大数据技术"), ("NET", "计算机网络技术")]),
        ("MECH", "机电工程学院", [("ROBOT", "工业机器人技术"), ("NC", "数控技术"), ("MECHA", "机电一体化技术")]),
        ("ECON", "经济管理学院", [("LOGI", "现代物流管理"), ("ECOM", "电子商务"), ("MKT", "市场营销")]),
        ("FIN", "财经学院", [("ACCT", "大数据与会计"), ("TAX", "财税大数据应用"), ("BANK", "金融服务与管理")]),
        ("AUTO", "汽车工程学院", [("AUTO-SVC", "汽车检测与维修技术"), ("NEV", "新能源汽车技术")]),
        ("CIVIL", "建筑工程学院", [("BIM", "建筑工程技术"), ("COST", "工程造价")]),
        ("HEALTH", "健康学院", [("ELDER", "智慧健康养老服务与管理"), ("NURSE", "护理")]),
        ("ART", "艺术设计学院", [("MEDIA", "数字媒体技术"), ("DESIGN", "视觉传达设计")]),
    ];

    public DataSetStructure(DataSetPlan plan, DataSetCatalogue catalogue, DataSetCollege college)
    {
        var random = new DataSetRandom(plan.Seed, DataSetRandom.Stream.Structure, college.Index);
        var first = random.Next(Schools.Length);
        var schoolCount = 2 + random.Next(3);
        var schools = Enumerable.Range(0, schoolCount).Select(i => Schools[(first + i * 3) % Schools.Length]).ToList();
        SchoolRows = schools.Select(s => (s.Code, s.Name)).ToList();
        MajorRows = schools.SelectMany(s => s.Majors.Take(2).Select(m => (m.Code, m.Name, SchoolCode: s.Code))).ToList();

        // About ten certificates per college, the catalogue's first ones (the embedded and early generated) more often.
        var certificates = new List<int>();
        var wanted = 8 + random.Next(5);
        while (certificates.Count < Math.Min(wanted, catalogue.Certificates.Count))
        {
            var pick = (int)(catalogue.Certificates.Count * Math.Pow(random.Unit(), 1.8));
            if (!certificates.Contains(pick))
            {
                certificates.Add(pick);
            }
        }

        Certificates = certificates;
        var projects = new List<DataSetProject>();
        foreach (var certificate in certificates)
        {
            var record = catalogue.Certificates[certificate];
            var levels = record.Levels.Count == 1 || random.Chance(0.7)
                ? [record.Levels[random.Next(record.Levels.Count)]]
                : record.Levels.OrderBy(_ => random.NextBits()).Take(2).OrderBy(l => l).ToArray();
            var school = SchoolRows[random.Next(SchoolRows.Count)].Code;
            var fee = Math.Round(catalogue.BaseFees[certificate] * (decimal)(0.9 + 0.2 * random.Unit()));
            foreach (var level in levels)
            {
                foreach (var year in Years)
                {
                    if (year == Years[0] && random.Chance(0.2))
                    {
                        continue; // not every project ran in the earlier year too
                    }

                    var externals = random.Chance(0.3) ? 1 + random.Next(3) : 0;
                    var cost = Math.Round(fee * (decimal)(0.75 + 0.3 * random.Unit()), 2);
                    projects.Add(new DataSetProject(projects.Count, $"{record.Code}-{(int)level}-{year}", certificate, level, year, school, fee, cost, externals));
                }
            }
        }

        Projects = projects;
    }

    public IReadOnlyList<(string Code, string Name)> SchoolRows { get; }

    public IReadOnlyList<(string Code, string Name, string SchoolCode)> MajorRows { get; }

    /// <summary>The college's certificates, as indexes into the catalogue.</summary>
    public IReadOnlyList<int> Certificates { get; }

    public IReadOnlyList<DataSetProject> Projects { get; }
}
