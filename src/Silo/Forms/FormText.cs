using System.Globalization;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Forms;

/// <summary>How the forms write dates, times, yes/no, modes and cost types, whatever the server's culture.</summary>
internal static class FormText
{
    /// <summary>Times on the forms are China time (UTC+8); instants are stored in UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>2025年6月2日.</summary>
    public static string Date(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>2025年6月2日至2025年6月20日, or one date when both are the same day.</summary>
    public static string Period(DateOnly from, DateOnly to) => from == to ? Date(from) : $"{Date(from)}至{Date(to)}";

    /// <summary>2025-06-01 09:00–11:00 in China time; both dates when the span crosses midnight.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end)
    {
        var (s, e) = (start.ToOffset(ChinaOffset), end.ToOffset(ChinaOffset));
        return s.Date == e.Date
            ? string.Create(CultureInfo.InvariantCulture, $"{s:yyyy-MM-dd HH:mm}–{e:HH:mm}")
            : string.Create(CultureInfo.InvariantCulture, $"{s:yyyy-MM-dd HH:mm}–{e:yyyy-MM-dd HH:mm}");
    }

    /// <summary>2025-06-30, for the parameter block.</summary>
    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>有 / 无, as the forms' qualification columns ask.</summary>
    public static string HasOrNot(bool value) => value ? "有" : "无";

    /// <summary>是 / 否.</summary>
    public static string YesOrNo(bool value) => value ? "是" : "否";

    /// <summary>已附 / 未附 for an attachment the form's note asks for.</summary>
    public static string Attached(bool value) => value ? "已附" : "未附";

    /// <summary>A number as written in running text: 8, 3.5.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>机考 / 笔试 / 实践操作.</summary>
    public static string Mode(ExamMode mode) => mode switch
    {
        ExamMode.Computer => "机考",
        ExamMode.Written => "笔试",
        ExamMode.Practical => "实践操作",
        _ => "",
    };

    /// <summary>The certificate's name with its level: 汽车运用与维修（中级）.</summary>
    public static string Certificate(string name, string? level) =>
        string.IsNullOrWhiteSpace(level) ? name?.Trim() ?? "" : $"{name?.Trim()}（{level.Trim()}）";

    /// <summary>考核人员类别 on 附件4: who was paid, or what the cost was for.</summary>
    public static string Category(CostType type) => type switch
    {
        CostType.TeachingFee => "授课教师",
        CostType.ExaminerFee => "考评员",
        CostType.InvigilatorFee => "监考人员",
        CostType.ExamStaffFee => "工作人员",
        CostType.ExamDutyFee => "考务人员",
        CostType.SupervisorFee => "督导员",
        CostType.EquipmentAndConsumables => "设备耗材",
        CostType.CertificateFee => "证书费",
        CostType.VenueAndEnergy => "场地能耗",
        CostType.Travel => "差旅",
        CostType.TrainerCertificationFee => "培训师认证费",
        CostType.ExaminerCertificationFee => "考评员认证费",
        _ => "",
    };

    /// <summary>
    /// A teaching line's description is "职称 · 课程" (FeeTables.TeachingLine); split back into the two columns
    /// of 附件3. A description without the separator is taken as the course alone.
    /// </summary>
    public static (string Title, string Course) TitleAndCourse(string description)
    {
        const string separator = " · ";
        var at = description.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? ("", description.Trim()) : (description[..at].Trim(), description[(at + separator.Length)..].Trim());
    }

    /// <summary>A name safe in a file name on every system: path and reserved characters become '_'.</summary>
    public static string FileSafe(string text)
    {
        var invalid = "\\/:*?\"<>|";
        var chars = (text ?? "").Trim().Select(c => char.IsControl(c) || invalid.Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
