using System.Globalization;
using OnePlusX.Policies.Calendar;
using OnePlusX.ReadModels;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// The national data set, reproducible from its seed: the same plan gives the same rows, byte for byte. Each table's
/// rows are a lazy stream drawn college by college (only the 10,000 colleges are held in memory), so a table of
/// millions of rows is imported in constant memory, and each table can be drawn on its own. SAMPLE data: names of
/// provinces and cities are real; colleges, certificates, people and figures are made up and marked 示例.
/// </summary>
internal sealed class DataSetGenerator
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石";
    private const string GivenChars = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉健俊帆琳晨宇浩然子涵梓轩欣怡一诺思远博文佳琪雨彤梦瑶嘉豪天佑";

    private readonly Dictionary<string, IReadOnlyList<CityRecord>> _unitsByProvince;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, WorkingDayResult> _platformDue = new();

    public DataSetGenerator(DataSetPlan plan, ReferenceCatalog reference)
    {
        Plan = plan;
        Reference = reference;
        Units = DataSetColleges.Units(reference);
        _unitsByProvince = Units.GroupBy(u => u.ProvinceCode).ToDictionary(g => g.Key, g => (IReadOnlyList<CityRecord>)g.ToList());
        Colleges = DataSetColleges.Place(plan, Units);
        Catalogue = new DataSetCatalogue(plan.Seed, plan.Certificates, reference);
    }

    public DataSetPlan Plan { get; }

    public ReferenceCatalog Reference { get; }

    /// <summary>Prefecture-level units and municipalities, where colleges are placed.</summary>
    public IReadOnlyList<CityRecord> Units { get; }

    public IReadOnlyList<DataSetCollege> Colleges { get; }

    public DataSetCatalogue Catalogue { get; }

    public IEnumerable<OrganizationRow> Organizations() => Catalogue.GeneratedOrganizations.Select(o => new OrganizationRow(o.Code, o.Name));

    public IEnumerable<CertificateRow> Certificates() => Catalogue.Generated.Select(c =>
        new CertificateRow(c.Code, c.Name, c.OrganizationCode, string.Join(',', c.Levels.Select(l => ((int)l).ToString(CultureInfo.InvariantCulture)))));

    public IEnumerable<CollegeRow> CollegeRows() =>
        Colleges.Select(c => new CollegeRow(c.Code, c.Name, c.City.ProvinceCode, c.City.Code, "NAT"));

    public IEnumerable<DataSetSchoolRow> Schools() => Colleges.SelectMany(c =>
        Structure(c).SchoolRows.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new DataSetSchoolRow(c.Code, s.Code, s.Name)));

    public IEnumerable<DataSetMajorRow> Majors() => Colleges.SelectMany(c =>
        Structure(c).MajorRows.OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => new DataSetMajorRow(c.Code, m.Code, m.Name, m.SchoolCode)));

    public IEnumerable<ProjectRow> Projects()
    {
        foreach (var college in Colleges)
        {
            var structure = Structure(college);
            var counts = DataSetCandidates.CountPerProject(Plan, college, structure);
            foreach (var project in structure.Projects)
            {
                var candidates = counts[project.Index];
                var scale = Math.Max(10, (candidates * 6 / 5 + 9) / 10 * 10);
                yield return new ProjectRow(
                    college.Code, project.Key, Catalogue.Certificates[project.Certificate].Code, (short)project.Level, project.Year, project.SchoolCode,
                    scale, scale * project.AgreedFee, project.Year == DataSetStructure.Years[0] ? "Closed" : "Running", candidates,
                    project.AgreedFee, project.ExamCost);
            }
        }
    }

    public IEnumerable<StationRow> Stations() => Colleges.SelectMany(StationsOf);

    public IEnumerable<StudentRow> Students()
    {
        foreach (var college in Colleges)
        {
            var structure = Structure(college);
            for (var s = 0; s < college.Students; s++)
            {
                var student = DataSetCandidates.Student(Plan, college, structure, s);
                yield return new StudentRow(college.Code, StudentNumber(student), Name(student.Surname, student.Given1, student.Given2),
                    structure.MajorRows[student.Major].Code, student.Cohort, student.Registrations);
            }
        }
    }

    public IEnumerable<RegistrationRow> Registrations()
    {
        var sequences = new int[64];
        foreach (var college in Colleges)
        {
            var structure = Structure(college);
            if (sequences.Length < structure.Projects.Count)
            {
                sequences = new int[structure.Projects.Count];
            }

            foreach (var (registration, student) in DataSetCandidates.Registrations(Plan, college, structure, sequences))
            {
                yield return Registration(college, structure, registration, student);
            }
        }
    }

    public IEnumerable<RegistrationRow> IssuedCertificates() => Registrations().Where(r => r.Issued is not null);

    /// <summary>Every table's row count, drawn without building the rows (a few seconds at national scale).</summary>
    public DataSetCounts Count()
    {
        int schools = 0, majors = 0, projects = 0, stations = 0, approved = 0, students = 0;
        long registrations = 0, issued = 0;
        var sequences = new int[64];
        foreach (var college in Colleges)
        {
            var structure = Structure(college);
            schools += structure.SchoolRows.Count;
            majors += structure.MajorRows.Count;
            projects += structure.Projects.Count;
            foreach (var station in StationsOf(college))
            {
                stations++;
                approved += station.Approved ? 1 : 0;
            }

            students += college.Students;
            if (sequences.Length < structure.Projects.Count)
            {
                sequences = new int[structure.Projects.Count];
            }

            foreach (var (registration, _) in DataSetCandidates.Registrations(Plan, college, structure, sequences))
            {
                registrations++;
                issued += Result(college, structure.Projects[registration.Project], registration).Issued ? 1 : 0;
            }
        }

        return new DataSetCounts(Reference.Provinces.Count, Units.Count, Colleges.Count, schools, majors, Catalogue.Certificates.Count,
            Catalogue.GeneratedOrganizations.Count, Catalogue.Generated.Count, projects, stations, approved, students, registrations, issued);
    }

    private DataSetStructure Structure(DataSetCollege college) => new(Plan, Catalogue, college);

    private IEnumerable<StationRow> StationsOf(DataSetCollege college)
    {
        var structure = Structure(college);
        var units = _unitsByProvince[college.City.ProvinceCode];
        for (var j = 1; j <= college.Stations; j++)
        {
            var random = new DataSetRandom(Plan.Seed, DataSetRandom.Stream.Station, college.Index, j);
            var certificate = random.Chance(0.9) ? structure.Certificates[random.Next(structure.Certificates.Count)] : random.Next(Catalogue.Certificates.Count);
            var city = random.Chance(0.75) ? college.City : units[random.Next(units.Count)];
            var code = Catalogue.Certificates[certificate].Code;
            yield return new StationRow(college.Code, $"ST{j:D3}", $"{city.Name}考核站点 {j}（{code}，示例）", code, city.ProvinceCode, city.Code,
                20 + 10 * random.Next(11), random.Chance(0.85));
        }
    }

    private readonly record struct Outcome(DateOnly RegisteredOn, decimal? Score, bool Issued, DateOnly IssuedOn, bool Entered, DateOnly EnteredOn);

    private Outcome Result(DataSetCollege college, DataSetProject project, DataSetRegistration registration)
    {
        var random = new DataSetRandom(Plan.Seed, DataSetRandom.Stream.Result, college.Index, ((long)registration.Project << 32) | (uint)registration.Sequence);
        var earlier = project.Year == DataSetStructure.Years[0];
        var registeredOn = new DateOnly(project.Year, 3, 1).AddDays(random.Next(75));
        var examOn = registeredOn.AddDays(30 + random.Next(45));
        decimal? score = earlier || random.Chance(0.75) ? (400 + random.Next(601)) / 10m : null;
        var issued = score >= 60m && random.Chance(earlier ? 0.95 : 0.6);
        var issuedOn = examOn.AddDays(10 + random.Next(21));
        var entered = earlier || random.Chance(0.5);
        return new Outcome(registeredOn, score, issued, issuedOn, entered, issuedOn.AddDays(1 + random.Next(12)));
    }

    private RegistrationRow Registration(DataSetCollege college, DataSetStructure structure, DataSetRegistration registration, DataSetStudent student)
    {
        var project = structure.Projects[registration.Project];
        var outcome = Result(college, project, registration);
        var external = registration.Student < 0;
        string name, candidateKey;
        string? studentNumber = null;
        if (external)
        {
            var random = new DataSetRandom(Plan.Seed, DataSetRandom.Stream.External, college.Index, ((long)registration.Project << 32) | (uint)registration.External);
            name = Name((int)(DataSetCandidates.Surnames * Math.Pow(random.Unit(), 2)), random.Next(DataSetCandidates.GivenChars), random.Next(DataSetCandidates.GivenChars));
            candidateKey = $"ext:{registration.External:D4}";
        }
        else
        {
            name = Name(student.Surname, student.Given1, student.Given2);
            candidateKey = studentNumber = StudentNumber(student);
        }

        var number = outcome.Issued ? $"{college.Code}-{project.Index:D3}-{registration.Sequence:D4}" : null;
        IssuedRow? issued = null;
        if (outcome.Issued)
        {
            // NAT-ISS-1: the platform deadline is 7 working days after issue on the official calendar.
            var due = _platformDue.GetOrAdd(outcome.IssuedOn, day => WorkingDayCalendar.Official.AddWorkingDays(day, 7));

            issued = new IssuedRow(name, college.Name, due.Date, due.Provisional, outcome.Entered ? outcome.EnteredOn : null);
        }

        return new RegistrationRow(
            college.Code, project.Key, candidateKey, studentNumber, external, Catalogue.Certificates[project.Certificate].Code, (short)project.Level, project.Year,
            outcome.RegisteredOn, external ? "ExternalCandidate" : registration.Ordinal == 0 ? "College" : "Student", project.AgreedFee,
            outcome.Score is { } score ? score >= 60m : null, outcome.Score, number, outcome.Issued ? outcome.IssuedOn : null, issued);
    }

    private static string StudentNumber(DataSetStudent student) => $"{student.Cohort}{student.Index + 1:D5}";

    private static string Name(int surname, int given1, int given2) =>
        given2 < 0 ? $"{Surnames[surname]}{GivenChars[given1]}" : $"{Surnames[surname]}{GivenChars[given1]}{GivenChars[given2]}";
}
