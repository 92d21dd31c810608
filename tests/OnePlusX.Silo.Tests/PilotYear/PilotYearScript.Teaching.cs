using System.Text.Json;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>Course integration (课证融通, JL-CUR-1/2) and the training: plan and filing (附件1), approval, teaching, 附件3.</summary>
public sealed partial class PilotYearScript
{
    private const string TrainingCode = "T1";

    private const string Course =
        "course { code mode decision { allowed ruleIds } approval { id status subject } } " + Errors;

    private async Task IntegrateCourseAsync()
    {
        if (college.RefusesSeparateCourse)
        {
            // JL-CUR-1: only the 2020 cohort may add a separate X course; the 2025 cohort is refused, nothing is kept.
            var separate = await Cast.Submitter.MutateAsync("integrateCourse", "IntegrateCourseInput", CourseInput("X-SEP", "SEPARATE_COURSE"), Course);
            Assert.Contains("2025级不再单独增设X证书课程", Text(Refused(separate, "JL-CUR-1").GetProperty("explanation"), "chinese"), StringComparison.Ordinal);
        }

        var course = (await Cast.Submitter.OkAsync("integrateCourse", "IntegrateCourseInput", CourseInput("X-1", college.CourseMode), Course)).GetProperty("course");
        Assert.Equal(college.CourseMode, Text(course, "mode"));
        Assert.True(course.GetProperty("decision").GetProperty("allowed").GetBoolean());
        if (college.CoursePath is not { } path)
        {
            // Merged into existing courses with a revised course standard: no course to file, no approval item.
            Assert.Equal(JsonValueKind.Null, course.GetProperty("approval").ValueKind);
            return;
        }

        Assert.Equal(("DRAFT", "COURSE_ADDITION"), (Text(course.GetProperty("approval"), "status"), Text(course.GetProperty("approval"), "subject")));
        var id = Text(course.GetProperty("approval"), "id");
        await TakeThroughAsync(id);
        await AssertApprovedAsync(id, path);
    }

    /// <summary>The 2025 cohort's X course of 32 hours for a course of 48, filed 10 days before it starts (JL-CUR-2 asks 7).</summary>
    private object CourseInput(string code, string mode) => new
    {
        projectKey = college.ProjectKey, code, courseName = $"{college.MajorName}（X证书）", mode, cohortYear = 2025,
        hours = mode == "SEPARATE_COURSE" ? 16m : 32m, replacedCourseHours = 48m, filedOn = "2026-02-20", startsOn = "2026-03-02",
    };

    /// <summary>
    /// A class of 45 with two qualified teachers, from 14 days ahead: planned, approved on the college's path (HB-TRN-1:
    /// a concentrated training only once 教务处 approved it), its teaching recorded and the teaching-fee table checked.
    /// </summary>
    private async Task TrainAsync()
    {
        const string selection = "training { code concentrated planApprovedOn check { allowed ruleIds } approval { id status subject } } " + Errors;
        var planned = (await Cast.Submitter.OkAsync("planTraining", "PlanTrainingInput", new
        {
            projectKey = college.ProjectKey, code = TrainingCode, course = $"{college.MajorName}实训", majorCode = "M1", hours = 14m,
            startsOn = Day(14), endsOn = Day(16), headcount = 45, place = "实训楼A301", concentrated = college.ConcentratedTraining,
            teachers = new[]
            {
                new { name = "张老师", title = "副教授", task = "主讲", holdsQualification = true },
                new { name = "李老师", title = "讲师", task = "实训指导", holdsQualification = true },
            },
            timetableAttached = true, courseStandardAttached = true,
        }, selection)).GetProperty("training");
        Assert.Equal(("DRAFT", "TRAINING_PLAN"), (Text(planned.GetProperty("approval"), "status"), Text(planned.GetProperty("approval"), "subject")));
        if (college.ConcentratedTraining)
        {
            Assert.False(planned.GetProperty("check").GetProperty("allowed").GetBoolean());
            Assert.Equal(["HB-TRN-1"], Strings(planned.GetProperty("check").GetProperty("ruleIds")));
        }

        var id = Text(planned.GetProperty("approval"), "id");
        await TakeThroughAsync(id);
        await AssertApprovedAsync(id, college.TrainingPath);
        var approved = (await ProjectAsync(Cast.Office, $"training(code: \"{TrainingCode}\") {{ planApprovedOn check {{ allowed ruleIds }} }}")).GetProperty("training");
        Assert.Equal(Day(0), Text(approved, "planApprovedOn"));
        Assert.True(approved.GetProperty("check").GetProperty("allowed").GetBoolean(), approved.GetProperty("check").ToString());
        Assert.Superset(college.TrainingCheckRules.ToHashSet(), Strings(approved.GetProperty("check").GetProperty("ruleIds")).ToHashSet());

        var recorded = await Cast.Submitter.OkAsync("recordTeaching", "RecordTeachingInput", new
        {
            projectKey = college.ProjectKey, trainingCode = TrainingCode,
            assignments = new object[]
            {
                new { teacher = "张老师", title = "副教授", course = $"{college.MajorName}实训", students = 45, days = new[] { new { date = Day(14), hours = 4m }, new { date = Day(15), hours = 4m } } },
                new { teacher = "李老师", title = "讲师", course = $"{college.MajorName}实训", students = 30, days = new[] { new { date = Day(16), hours = 6m } } },
            },
        }, $"training {{ {FeeTable} }} {Errors}");
        AssertFeeTable(recorded.GetProperty("training").GetProperty("feeTable"), college.TeachingFees, Day(16));

        // The finance office reads the same table (teachers' pay is shown to the offices that run and pay trainings).
        var read = (await ProjectAsync(Cast.Finance, $"training(code: \"{TrainingCode}\") {{ feeTable {{ total totalInWords }} }}")).GetProperty("training").GetProperty("feeTable");
        Assert.Equal((college.TeachingFees.Total, college.TeachingFees.Words), (read.GetProperty("total").GetDecimal(), Text(read, "totalInWords")));
    }
}
