using OnePlusX.Policies;
using OnePlusX.Silo.Forms.Xlsx;

namespace OnePlusX.Silo.Forms;

/// <summary>
/// The four attachments of JLJT's pilot policy written as XLSX, laid out like the originals (JL-FORM-1..4):
/// 附件1 培训备案表, 附件2 考核备案表, 附件3 课程教学工作费用表, 附件4 考核工作费用表. Pure functions of their inputs:
/// the same header and record always give the same bytes (no clock is read; zip entries carry
/// <see cref="FormHeader.PreparedOn"/>). Values are written as cell values and never as formulas, so text such as
/// "=1+1" in a name stays text.
/// </summary>
public static class JilinForms
{
    /// <summary>The MIME type of an XLSX workbook.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>附件1 培训备案表 (JL-FORM-1) of a training filing.</summary>
    public static byte[] TrainingFiling(FormHeader header, TrainingFiling filing) =>
        XlsxWriter.Write(FilingForms.Training(Check(header), filing ?? throw new ArgumentNullException(nameof(filing))), header.PreparedOn);

    /// <summary>附件2 考核备案表 (JL-FORM-2) of an exam filing.</summary>
    public static byte[] ExamFiling(FormHeader header, ExamFiling filing) =>
        XlsxWriter.Write(FilingForms.Exam(Check(header), filing ?? throw new ArgumentNullException(nameof(filing))), header.PreparedOn);

    /// <summary>附件3 课程教学工作费用表 (JL-FORM-3) of a teaching-fee table (IPilotPolicy.ComputeTrainingFees).</summary>
    public static byte[] TeachingFees(FormHeader header, FeeTable table) =>
        XlsxWriter.Write(FeeForms.Teaching(Check(header), table ?? throw new ArgumentNullException(nameof(table))), header.PreparedOn);

    /// <summary>附件4 考核工作费用表 (JL-FORM-4) of an exam work-fee table (IPilotPolicy.ComputeExamFees).</summary>
    public static byte[] ExamFees(FormHeader header, FeeTable table) =>
        XlsxWriter.Write(FeeForms.Exam(Check(header), table ?? throw new ArgumentNullException(nameof(table))), header.PreparedOn);

    /// <summary>附件1 as a download.</summary>
    public static FormFile TrainingFilingFile(FormHeader header, TrainingFiling filing) =>
        File(JilinForm.TrainingFiling, header.ProjectKey, TrainingFiling(header, filing));

    /// <summary>附件2 as a download.</summary>
    public static FormFile ExamFilingFile(FormHeader header, ExamFiling filing) =>
        File(JilinForm.ExamFiling, header.ProjectKey, ExamFiling(header, filing));

    /// <summary>附件3 as a download.</summary>
    public static FormFile TeachingFeesFile(FormHeader header, FeeTable table) =>
        File(JilinForm.TeachingFees, header.ProjectKey, TeachingFees(header, table));

    /// <summary>附件4 as a download.</summary>
    public static FormFile ExamFeesFile(FormHeader header, FeeTable table) =>
        File(JilinForm.ExamFees, header.ProjectKey, ExamFees(header, table));

    /// <summary>
    /// The download file name of a form: <c>附件1-培训备案表-{project}.xlsx</c>, <c>附件2-考核备案表-…</c>,
    /// <c>附件3-教学费用表-…</c>, <c>附件4-考务费用表-…</c>; characters not allowed in file names become '_'.
    /// </summary>
    public static string FileName(JilinForm form, string projectKey) => form switch
    {
        JilinForm.TrainingFiling => $"附件1-培训备案表-{FormText.FileSafe(projectKey)}.xlsx",
        JilinForm.ExamFiling => $"附件2-考核备案表-{FormText.FileSafe(projectKey)}.xlsx",
        JilinForm.TeachingFees => $"附件3-教学费用表-{FormText.FileSafe(projectKey)}.xlsx",
        JilinForm.ExamFees => $"附件4-考务费用表-{FormText.FileSafe(projectKey)}.xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not one of JLJT's four attachments."),
    };

    private static FormFile File(JilinForm form, string projectKey, byte[] content) => new(FileName(form, projectKey), XlsxContentType, content);

    private static FormHeader Check(FormHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header;
    }
}
