namespace OnePlusX.Silo.DataSet;

/// <summary>One student of a data-set college, as drawn (no strings yet).</summary>
internal readonly record struct DataSetStudent(int Index, int Cohort, int Major, int Surname, int Given1, int Given2, int Registrations, int Project0, int Project1, int Project2)
{
    public int ProjectAt(int i) => i switch { 0 => Project0, 1 => Project1, _ => Project2 };
}

/// <summary>
/// One registration (报名) as drawn: a student's (Student ≥ 0) or an external candidate's (Student &lt; 0, External ≥ 1);
/// Sequence is the candidate's place in the project (1-based), which its certificate number carries, and Ordinal
/// which of the student's registrations this is (0 for the first).
/// </summary>
internal readonly record struct DataSetRegistration(int Project, int Student, int External, int Sequence, int Ordinal);

/// <summary>
/// A college's students and registrations, drawn in a fixed order from the seed and the college alone: every student
/// has one to three registrations in distinct projects of the college, then each project adds its external
/// candidates. Nothing here allocates per row, so counting a college's candidates is cheap.
/// </summary>
internal static class DataSetCandidates
{
    public const int Surnames = 60;
    public const int GivenChars = 64;

    public static DataSetStudent Student(DataSetPlan plan, DataSetCollege college, DataSetStructure structure, int index)
    {
        var random = new DataSetRandom(plan.Seed, DataSetRandom.Stream.Student, college.Index, index);
        var cohort = 2022 + random.Next(3);
        var major = random.Next(structure.MajorRows.Count);
        var surname = (int)(Surnames * Math.Pow(random.Unit(), 2)); // common surnames far more often
        var given1 = random.Next(GivenChars);
        var given2 = random.Chance(0.7) ? random.Next(GivenChars) : -1;
        var projects = structure.Projects.Count;
        var u = random.Unit();
        var count = Math.Min(projects, 1 + (u < 0.28 ? 1 : 0) + (u < 0.06 ? 1 : 0));
        var first = random.Next(projects);
        var step = 1 + random.Next(Math.Max(1, projects - 1));
        var second = count > 1 ? (first + step) % projects : -1;
        var third = -1;
        if (count > 2)
        {
            third = (second + step) % projects;
            while (third == first || third == second)
            {
                third = (third + 1) % projects;
            }
        }

        return new DataSetStudent(index, cohort, major, surname, given1, given2, count, first, second, third);
    }

    /// <summary>Every registration of the college in the order they are drawn; <paramref name="sequences"/> is scratch space of at least one slot per project.</summary>
    public static IEnumerable<(DataSetRegistration Registration, DataSetStudent Student)> Registrations(
        DataSetPlan plan, DataSetCollege college, DataSetStructure structure, int[] sequences)
    {
        Array.Clear(sequences, 0, structure.Projects.Count);
        for (var s = 0; s < college.Students; s++)
        {
            var student = Student(plan, college, structure, s);
            for (var i = 0; i < student.Registrations; i++)
            {
                var project = student.ProjectAt(i);
                yield return (new DataSetRegistration(project, s, 0, ++sequences[project], i), student);
            }
        }

        foreach (var project in structure.Projects)
        {
            for (var e = 1; e <= project.Externals; e++)
            {
                yield return (new DataSetRegistration(project.Index, -1, e, ++sequences[project.Index], 0), default);
            }
        }
    }

    /// <summary>Candidates per project (报名人数), by project index.</summary>
    public static int[] CountPerProject(DataSetPlan plan, DataSetCollege college, DataSetStructure structure)
    {
        var counts = new int[structure.Projects.Count];
        for (var s = 0; s < college.Students; s++)
        {
            var student = Student(plan, college, structure, s);
            for (var i = 0; i < student.Registrations; i++)
            {
                counts[student.ProjectAt(i)]++;
            }
        }

        foreach (var project in structure.Projects)
        {
            counts[project.Index] += project.Externals;
        }

        return counts;
    }
}
