using DocumentFormat.OpenXml.Spreadsheet;
using OnePlusX.Silo.Rosters;
using static OnePlusX.Silo.Tests.Rosters.RosterFiles;

namespace OnePlusX.Silo.Tests.Rosters;

/// <summary>Rosters read from the files colleges hold: CSV in UTF-8, UTF-8 with BOM, GBK, UTF-16, and XLSX.</summary>
public sealed class RosterFormatsShould
{
    private const string Chinese = "学号,姓名,专业代码,年级,是否遴选\r\n2023001,张三,500201,2023,是\r\n2023002,李四,500201,2023,否\r\n";

    private static readonly RosterRow[] Expected =
    [
        new(2, "2023001", "张三", "500201", 2023, true),
        new(3, "2023002", "李四", "500201", 2023, false),
    ];

    [Fact]
    public void ReadAUtf8CsvWithoutByteOrderMark()
    {
        var roster = RosterReader.Read(Utf8(Chinese));

        Assert.Empty(roster.Errors);
        Assert.Equal(Expected, roster.Rows);
        Assert.Equal(RosterFormat.CsvUtf8, roster.Format);
        Assert.True(roster.Succeeded);
    }

    [Fact]
    public void ReadAUtf8CsvWithByteOrderMark()
    {
        var roster = RosterReader.Read(Utf8WithBom(Chinese));

        Assert.Empty(roster.Errors);
        Assert.Equal(Expected, roster.Rows);
        Assert.Equal(RosterFormat.CsvUtf8, roster.Format);
    }

    [Fact]
    public void ReadAGbkCsvAsChineseExcelSavesIt()
    {
        var bytes = GbkBytes(Chinese);
        Assert.NotEqual(Utf8(Chinese), bytes); // really another encoding

        var roster = RosterReader.Read(bytes);

        Assert.Empty(roster.Errors);
        Assert.Equal(Expected, roster.Rows);
        Assert.Equal(RosterFormat.CsvGb18030, roster.Format);
    }

    [Fact]
    public void ReadATabSeparatedUtf16UnicodeTextFile()
    {
        var roster = RosterReader.Read(Utf16WithBom(Chinese.Replace(',', '\t')));

        Assert.Empty(roster.Errors);
        Assert.Equal(Expected, roster.Rows);
        Assert.Equal(RosterFormat.CsvUtf16, roster.Format);
    }

    [Fact]
    public void FindColumnsByEnglishHeadingInAnyOrderAndIgnoreOtherColumns()
    {
        var csv = "Selected, Cohort ,remarks,NAME,student_number,majorCode\n1,2024,转专业,王五,A-01,\n,,,赵六,A-02,530101\n";

        var roster = RosterReader.Read(Utf8(csv));

        Assert.Empty(roster.Errors);
        Assert.Equal(
            [new RosterRow(2, "A-01", "王五", null, 2024, true), new RosterRow(3, "A-02", "赵六", "530101", null, false)],
            roster.Rows);
    }

    [Fact]
    public void AcceptRequiredMarksAndMixedHeadingsLikeATemplate()
    {
        var roster = RosterReader.Read(Utf8("*学号,姓名*,年级\n2023001,张三,2023\n"));

        Assert.Empty(roster.Errors);
        Assert.Equal([new RosterRow(2, "2023001", "张三", null, 2023, false)], roster.Rows);
    }

    [Fact]
    public void ReadTheFirstWorksheetOfAnXlsxWithNumbersStringsAndBooleans()
    {
        var xlsx = Xlsx(
            ["学号", "姓名", "专业代码", "年级", "是否遴选"],
            [2023001, "张三", "500201", 2023, true],
            null, // a blank row in the sheet
            [2023002m, new XlsxCell("李四", CellValues.InlineString), 500201, 2023.0m, "否"],
            ["2023003", "王五", null, null, false]);

        var roster = RosterReader.Read(xlsx);

        Assert.Empty(roster.Errors);
        Assert.Equal(RosterFormat.Xlsx, roster.Format);
        Assert.Equal(
            [
                new RosterRow(2, "2023001", "张三", "500201", 2023, true),
                new RosterRow(4, "2023002", "李四", "500201", 2023, false),
                new RosterRow(5, "2023003", "王五", null, null, false),
            ],
            roster.Rows);
    }

    [Fact]
    public void ReadAnXlsxWithReorderedEnglishHeadingsAndANumberInExponentForm()
    {
        var xlsx = Xlsx(
            [null, "name", "selected", "studentNumber"],
            [null, "张三", "1", new XlsxCell("2.023001E+6", CellValues.Number)]);

        var roster = RosterReader.Read(xlsx);

        Assert.Empty(roster.Errors);
        Assert.Equal([new RosterRow(2, "2023001", "张三", null, null, true)], roster.Rows);
    }

    [Fact]
    public void TakeAFormulasCachedValueAndReportAnErrorValueOnItsField()
    {
        var xlsx = Xlsx(
            ["学号", "姓名", "年级"],
            ["2023001", new XlsxCell("张三", CellValues.String, "CONCAT(\"张\",\"三\")"), new XlsxCell("2023", CellValues.Number, "2000+23")],
            ["2023002", new XlsxCell("#N/A", CellValues.Error, "VLOOKUP(A3,X:Y,2,0)"), 2023]);

        var roster = RosterReader.Read(xlsx);

        Assert.Equal([new RosterRow(2, "2023001", "张三", null, 2023, false)], roster.Rows);
        var error = Assert.Single(roster.Errors);
        Assert.Equal((3, "name"), (error.Line, error.Field));
        Assert.Contains("#N/A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepFormulaLikeTextAsTextAndNeverEvaluateIt()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名\n2023001,=1+2\n2023002,@SUM(A1)\n2023003,+86 张\n2023004,-张三\n"));

        Assert.Empty(roster.Errors);
        Assert.Equal(["=1+2", "@SUM(A1)", "+86 张", "-张三"], roster.Rows.Select(r => r.Name));
    }

    [Fact]
    public void ReadQuotedFieldsWithCommasAndKeepAStrayQuoteAsText()
    {
        var roster = RosterReader.Read(Utf8("学号,姓名,专业代码\n2023001,\"欧阳,娜娜\",500201\n2023002,O\"Brien,\n"));

        Assert.Empty(roster.Errors);
        Assert.Equal(["欧阳,娜娜", "O\"Brien"], roster.Rows.Select(r => r.Name));
    }

    [Fact]
    public void RefuseAWorksheetOfCountlessBlankRowsBeforeTheHeading()
    {
        var rows = Enumerable.Repeat<object?[]?>([], 100_001).Append(["学号", "姓名"]).Append(["2023001", "张三"]).ToArray();

        var roster = RosterReader.Read(Xlsx(rows));

        Assert.Empty(roster.Rows);
        Assert.Equal([(0, "file")], roster.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("100,000 rows", roster.Errors[0].Message, StringComparison.Ordinal);
    }
}
