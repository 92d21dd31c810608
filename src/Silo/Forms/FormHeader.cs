using OnePlusX.Policies;

namespace OnePlusX.Silo.Forms;

/// <summary>
/// What a Jilin form shows besides its record: whose form it is and when it was prepared.
/// </summary>
/// <param name="CollegeName">The college (院校) as in the form's title: 吉林交通职业技术学院.</param>
/// <param name="SchoolName">
/// The secondary college (二级学院). 附件3 and 附件4 print it; 附件1 and 附件2 print the filing's own school name.
/// </param>
/// <param name="CertificateName">
/// The X certificate. 附件3 and 附件4 print it (附件4 on every row as 考核证书名称); 附件1 and 附件2 print the filing's own.
/// </param>
/// <param name="CertificateLevel">初级 / 中级 / 高级, printed after the certificate's name when given.</param>
/// <param name="ProjectKey">The certificate project's key; names the downloaded file.</param>
/// <param name="PreparedOn">The day the form is prepared (填表日期 / 制表日期); also the date of the file's entries.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.FormHeader")]
public sealed record FormHeader(
    [property: Id(0)] string CollegeName,
    [property: Id(1)] string SchoolName,
    [property: Id(2)] string CertificateName,
    [property: Id(3)] string? CertificateLevel,
    [property: Id(4)] string ProjectKey,
    [property: Id(5)] DateOnly PreparedOn)
{
    /// <summary>The exam's mode (考核方式, 附件4): 机考 / 笔试 / 实践操作; blank on the form when not given.</summary>
    [Id(6)] public ExamMode? ExamMode { get; init; }

    /// <summary>Who prepares a fee table (制表人), printed after the label when given; blank for a hand signature otherwise.</summary>
    [Id(7)] public string? PreparedBy { get; init; }
}

/// <summary>A generated form ready to download: file name, MIME type and the XLSX bytes.</summary>
/// <param name="FileName">e.g. <c>附件1-培训备案表-JLJT-2025-001.xlsx</c>.</param>
/// <param name="ContentType"><see cref="JilinForms.XlsxContentType"/>.</param>
/// <param name="Content">The workbook.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.FormFile")]
public sealed record FormFile(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);

/// <summary>The four attachments of JLJT's pilot policy.</summary>
public enum JilinForm
{
    /// <summary>附件1 培训备案表 (JL-FORM-1).</summary>
    TrainingFiling = 1,

    /// <summary>附件2 考核备案表 (JL-FORM-2).</summary>
    ExamFiling = 2,

    /// <summary>附件3 课程教学工作费用表 (JL-FORM-3).</summary>
    TeachingFees = 3,

    /// <summary>附件4 考核工作费用表 (JL-FORM-4).</summary>
    ExamFees = 4,
}
