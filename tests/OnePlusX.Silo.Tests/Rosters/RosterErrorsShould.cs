using System.IO.Compression;
using System.Text;
using OnePlusX.Silo.Rosters;
using static OnePlusX.Silo.Tests.Rosters.RosterFiles;

namespace OnePlusX.Silo.Tests.Rosters;

/// <summary>Every bad roster is reported as errors with their line and field, never as an exception.</summary>
public sealed class RosterErrorsShould
{
    [Fact]
    public void ReportAMissingRequiredHeadingOnceNamingIt()
    {
        var roster = RosterReader.Read(Utf8("学号,专业代码\n2023001,500201\n2023002,500201\n"));

        Assert.Empty(roster.Rows);
        var error = Assert.Single(roster.Errors);
        Assert.Equal((1, "name"), (error.Line, error.Field));
        Assert.Contains("姓名", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportBothRequiredHeadingsWhenNeitherIsThereAfterLeadingBlankLines()
    {
        var roster = RosterReader.Read(Utf8("\n,,\n名单,班级\n张三,1班\n"));

        Assert.Empty(roster.Rows);
        Assert.Equal([(3, "studentNumber"), (3, "name")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void ReportAHeadingGivenTwice()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名,studentNumber\n1,张三,2\n"));

        Assert.Empty(roster.Rows);
        Assert.Equal([(1, "studentNumber")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void SkipBlankLinesAndKeepTheFilesLineNumbers()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名\n\n2023001,张三\n , \n,,,\n2023002,李四\n\n"));

        Assert.Empty(roster.Errors);
        Assert.Equal([(3, "2023001"), (6, "2023002")], roster.Rows.Select(r => (r.Line, r.StudentNumber)));
    }

    [Fact]
    public void ReportADuplicateStudentNumberOnTheLaterLine()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名,年级\n2023001,张三,2023\n2023002,李四,2023\n2023001,张三丰,2023\nA-1,王五,\na-1,王六,\n"));

        Assert.Equal(["2023001", "2023002", "A-1"], roster.Rows.Select(r => r.StudentNumber));
        Assert.Equal([(4, "studentNumber"), (6, "studentNumber")], roster.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("line 2", roster.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportADuplicateEvenWhenTheFirstLineHadAnotherError()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名,年级\n2023001,张三,23\n2023001,李四,2023\n"));

        Assert.Empty(roster.Rows);
        Assert.Equal([(2, "cohort"), (3, "studentNumber")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void ReportMissingRequiredValuesOnTheirFields()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名\n,张三\n2023002,\n2023003,王五\n"));

        Assert.Equal(["2023003"], roster.Rows.Select(r => r.StudentNumber));
        Assert.Equal([(2, "studentNumber"), (3, "name")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void ReportOverLongValuesNamingTheField()
    {
        var csv = $"学号,姓名,专业代码\n{new string('1', 33)},张三,500201\n2023002,{new string('李', 51)},500201\n2023003,王五,{new string('5', 33)}\n2023004,{new string('赵', 50)},{new string('5', 32)}\n";

        var roster = RosterReader.Read(Utf8(csv));

        Assert.Equal([5], roster.Rows.Select(r => r.Line));
        Assert.Equal([(2, "studentNumber"), (3, "name"), (4, "majorCode")], roster.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(roster.Errors, e => Assert.Contains("longer than", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportControlCharactersNamingTheField()
    {
        var csv = "学号,姓名,专业代码\n2023001,张\u0007三,500201\n2023002,\"李\t四\",500201\n2023003,王五\u202E,500201\n2023004,赵六,5002\u000101\n";

        var roster = RosterReader.Read(Utf8(csv));

        Assert.Empty(roster.Rows);
        Assert.Equal([(2, "name"), (3, "name"), (4, "name"), (5, "majorCode")], roster.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(roster.Errors, e => Assert.Contains("control characters", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("23")]
    [InlineData("二〇二三")]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("2023.5")]
    [InlineData("2023级")]
    public void ReportACohortThatIsNotAYear(string cohort)
    {
        var roster = RosterReader.Read(Utf8($"学号,姓名,年级\n2023001,张三,{cohort}\n"));

        Assert.Empty(roster.Rows);
        var error = Assert.Single(roster.Errors);
        Assert.Equal((2, "cohort"), (error.Line, error.Field));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void ReadTheSelectedFlag(string text, bool selected)
    {
        var roster = RosterReader.Read(Utf8($"学号,姓名,是否遴选\n2023001,张三,{text}\n"));

        Assert.Empty(roster.Errors);
        Assert.Equal(selected, Assert.Single(roster.Rows).Selected);
    }

    [Fact]
    public void ReportASelectedFlagThatIsNeitherYesNorNo()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名,是否遴选\n2023001,张三,也许\n"));

        Assert.Equal([(2, "selected")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Theory]
    [InlineData("2023 001")]
    [InlineData("学号一")]
    [InlineData("=2023001")]
    [InlineData("-2023001")]
    public void ReportAStudentNumberThatCannotBeAKey(string number)
    {
        var roster = RosterReader.Read(Utf8($"学号,姓名\n{number},张三\n"));

        Assert.Empty(roster.Rows);
        Assert.Equal([(2, "studentNumber")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void ReportABrokenQuotedFieldOnItsLineAndReadTheNextLines()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名\n2023001,\"张三\n2023002,\"李四\"x\n2023003,王五\n"));

        Assert.Equal(["2023003"], roster.Rows.Select(r => r.StudentNumber));
        Assert.Equal([(2, "row"), (3, "row")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void AcceptFiveThousandRowsAndRefuseOneMore()
    {
        static byte[] Rows(int count) =>
            Utf8("学号,姓名\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"S{i},学生{i}\n")));

        var full = RosterReader.Read(Rows(RosterReader.MaxRows));
        var over = RosterReader.Read(Rows(RosterReader.MaxRows + 1));

        Assert.Empty(full.Errors);
        Assert.Equal(5_000, full.Rows.Count);
        Assert.Empty(over.Rows);
        var error = Assert.Single(over.Errors);
        Assert.Equal((5_002, "file"), (error.Line, error.Field));
        Assert.Contains("5,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAFileOverFiveMegabytesWithoutReadingItWhole()
    {
        var big = Utf8("学号,姓名\n" + new string('x', RosterReader.MaxBytes));
        using var stream = new MemoryStream(big);

        var fromBytes = RosterReader.Read(big);
        var fromStream = await RosterReader.ReadAsync(stream);

        Assert.Equal([(0, "file")], fromBytes.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal(fromBytes.Errors, fromStream.Errors);
        Assert.Equal(RosterReader.MaxBytes + 1, stream.Position);
        Assert.Contains("5 MB", fromBytes.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAnUploadStreamLikeItsBytes()
    {
        using var stream = new MemoryStream(Utf8WithBom("学号,姓名\n2023001,张三\n"));

        var roster = await RosterReader.ReadAsync(stream);

        Assert.Equal([new RosterRow(2, "2023001", "张三", null, null, false)], roster.Rows);
    }

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "empty", [] },
        { "binary", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x80, 0x00] },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] },
        { "old xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00] },
        { "zip that is no workbook", ZipWithoutWorkbook() },
        { "truncated xlsx", Xlsx(["学号", "姓名"], ["1", "张三"])[..200] },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void RefuseAFileThatIsNeitherXlsxNorCsvWithOneClearError(string kind, byte[] content)
    {
        var roster = RosterReader.Read(content);

        Assert.Empty(roster.Rows);
        var error = Assert.Single(roster.Errors);
        Assert.True((error.Line, error.Field) == (0, "file"), $"{kind}: {error}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void RefuseAFileWithoutAHeadingRow()
    {
        var roster = RosterReader.Read(Utf8("\n\n,\n"));

        Assert.Equal([(0, "file")], roster.Errors.Select(e => (e.Line, e.Field)));
    }

    private static byte[] ZipWithoutWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open(), Encoding.UTF8);
            entry.Write("学号,姓名");
        }

        return stream.ToArray();
    }
}
