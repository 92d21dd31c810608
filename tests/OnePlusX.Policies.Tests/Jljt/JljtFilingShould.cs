using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>JLJT's training filing 附件1 (JL-FORM-1) and exam filing 附件2 (JL-FORM-2) are complete before they are filed.</summary>
public sealed class JljtFilingShould
{
    private static readonly TrainingFiling CompleteTraining = new(
        "Web前端开发", "信息工程学院", "计算机应用技术", "Web前端开发实训", 32m, Day("2025-04-01"), Day("2025-04-30"), 40, "实训楼301",
        [new FilingTeacher("王老师", "讲师", "理论教学", true), new FilingTeacher("李老师", "工程师", "实训指导", false)],
        TimetableAttached: true,
        CourseStandardAttached: true);

    private static readonly ExamFiling CompleteExam = new(
        "Web前端开发", "信息工程学院", "计算机应用技术", Day("2025-06-01"), 40, ExamMode.Computer, "机房楼",
        [new FilingInvigilator("王老师", "机房A", At("2025-06-01 09:00"), At("2025-06-01 11:00"), true)],
        ExamPlanAttached: true);

    [Fact]
    public void AcceptACompleteTrainingFiling_JL_FORM_1()
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckTrainingFiling(CompleteTraining, Plugins.Defaults), "JL-FORM-1");

        Assert.Equal(["JL-FORM-1"], decision.RuleIds);
        Assert.Equal(new Explanation("培训备案表（附件1）信息完整（JL-FORM-1）", "Training filing (form 1) complete (JL-FORM-1)"), decision.Explanation);
    }

    [Fact]
    public void ListEverythingATrainingFilingMisses_JL_FORM_1()
    {
        var filing = CompleteTraining with
        {
            Major = null,
            Place = " ",
            Teachers = [new FilingTeacher("王老师", null, "理论教学", true), new FilingTeacher("李老师", "工程师", "", true)],
            TimetableAttached = false,
            CourseStandardAttached = false,
        };

        var decision = Expect.Refused(Plugins.Jljt.CheckTrainingFiling(filing, Plugins.Defaults), "JL-FORM-1");

        Assert.Equal(["JL-FORM-1"], decision.RuleIds);
        Assert.Equal("培训备案表（附件1）缺少：培训专业、培训地点、教师职称/职务、教师承担任务、1+X课表、培训课程标准（JL-FORM-1）", decision.Explanation.Chinese);
        Assert.Equal("Training filing (form 1) is missing: major, place, teacher's title or post, teacher's task, timetable, course standard (JL-FORM-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseATrainingFilingWithoutTeachers_JL_FORM_1()
    {
        var decision = Expect.Refused(Plugins.Jljt.CheckTrainingFiling(CompleteTraining with { Teachers = [] }, Plugins.Defaults), "JL-FORM-1");

        Assert.Equal("培训备案表（附件1）缺少：培训教师（JL-FORM-1）", decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData("course")]
    [InlineData("hours")]
    [InlineData("endsOn")]
    [InlineData("headcount")]
    public void RejectAMalformedTrainingFilingNamingTheField_JL_FORM_1(string field)
    {
        var filing = field switch
        {
            "course" => CompleteTraining with { Course = "" },
            "hours" => CompleteTraining with { Hours = 0 },
            "endsOn" => CompleteTraining with { EndsOn = Day("2025-03-31") },
            _ => CompleteTraining with { Headcount = 0 },
        };

        Expect.Invalid(Plugins.Jljt.CheckTrainingFiling(filing, Plugins.Defaults), field);
    }

    [Fact]
    public void AcceptACompleteExamFiling_JL_FORM_2()
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckExamFiling(CompleteExam, Plugins.Defaults), "JL-FORM-2");

        Assert.Equal(["JL-FORM-2"], decision.RuleIds);
        Assert.Equal(new Explanation("考核备案表（附件2）信息完整（JL-FORM-2）", "Exam filing (form 2) complete (JL-FORM-2)"), decision.Explanation);
    }

    [Fact]
    public void ListEverythingAnExamFilingMisses_JL_FORM_2()
    {
        var filing = CompleteExam with
        {
            Major = "",
            Place = null,
            Invigilators = [new FilingInvigilator("王老师", null, At("2025-06-01 09:00"), At("2025-06-01 11:00"), true)],
            ExamPlanAttached = false,
        };

        var decision = Expect.Refused(Plugins.Jljt.CheckExamFiling(filing, Plugins.Defaults), "JL-FORM-2");

        Assert.Equal(["JL-FORM-2"], decision.RuleIds);
        Assert.Equal("考核备案表（附件2）缺少：考核专业、考核地点、监考地点、考核安排方案（JL-FORM-2）", decision.Explanation.Chinese);
        Assert.Equal("Exam filing (form 2) is missing: major, place, invigilator's room, exam plan (JL-FORM-2)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAnExamFilingWithoutInvigilators_JL_FORM_2()
    {
        var decision = Expect.Refused(Plugins.Jljt.CheckExamFiling(CompleteExam with { Invigilators = [] }, Plugins.Defaults), "JL-FORM-2");

        Assert.Equal("考核备案表（附件2）缺少：监考教师（JL-FORM-2）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RejectAnInvigilatorWhoseTimeEndsBeforeItStarts_JL_FORM_2()
    {
        var filing = CompleteExam with { Invigilators = [new FilingInvigilator("王老师", "机房A", At("2025-06-01 11:00"), At("2025-06-01 09:00"), true)] };

        Expect.Invalid(Plugins.Jljt.CheckExamFiling(filing, Plugins.Defaults), "invigilators[0].end");
    }
}
