using System.Data;
using System.Text.RegularExpressions;
using OnePlusX.Exports;
using OnePlusX.Silo.Exports;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>The writers on their own (no silo): XLSX sheet splitting and text XML cannot hold, and the column documentation.</summary>
public sealed class ExportFormatsShould
{
    private static readonly ExportColumn[] Columns =
    [
        ExportColumn.Text("name", "A name", "名称"),
        ExportColumn.Integer("count", "A count", "数量"),
        ExportColumn.Decimal("fee", "A fee", "费用"),
        ExportColumn.Boolean("passed", "Passed", "通过"),
        ExportColumn.Date("day", "A day", "日期"),
    ];

    [Fact]
    public async Task ContinueAWorkbookOnANewSheetWithItsHeaderAtTheRowLimit_NAT_MON_1()
    {
        using var table = new DataTable();
        table.Columns.Add("name", typeof(string));
        table.Columns.Add("count", typeof(long));
        table.Columns.Add("fee", typeof(decimal));
        table.Columns.Add("passed", typeof(bool));
        table.Columns.Add("day", typeof(DateOnly));
        object?[][] rows = Enumerable.Range(1, 7)
            .Select(i => new object?[] { $"行{i}", (long)i, i * 1.25m, i % 2 == 0, new DateOnly(2025, 1, i) })
            .Append([null, null, null, null, null])
            .Append(["bell\u0007 and 😀", 0L, 0m, false, new DateOnly(1999, 12, 31)])
            .ToArray();
        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }

        using var output = new MemoryStream();
        await using (var writer = new XlsxExportWriter(output, "rows", maxRowsPerSheet: 3))
        {
            writer.Begin(Columns);
            using var reader = table.CreateDataReader();
            while (reader.Read())
            {
                writer.WriteRow(reader, Columns);
            }

            await writer.EndAsync();
        }

        var file = ExportFiles.Read(ExportFormat.Xlsx, output.ToArray(), Columns);
        Assert.Equal(["rows", "rows (2)", "rows (3)", "rows (4)", "rows (5)"], file.Sheets); // a header and 2 data rows each
        Assert.Equal(Columns.Select(c => c.Name), file.Header);
        Assert.Equal(rows.Length, file.Rows.Count);
        for (var i = 0; i < rows.Length - 1; i++)
        {
            Assert.Equal(rows[i], file.Rows[i]);
        }

        // XML cannot hold a BEL: it becomes U+FFFD; the emoji (a surrogate pair) stays.
        Assert.Equal("bell\uFFFD and 😀", file.Rows[^1][0]);
    }

    [Fact]
    public void DocumentEveryColumnOfEveryDatasetWithItsTypeAndChineseTerm_NAT_MON_1()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "exports.md"));
        foreach (var dataset in ExportDefinition.All)
        {
            var heading = Regex.Match(document, $@"^### `{ExportJobStore.Code(dataset.Id)}`.*$", RegexOptions.Multiline);
            Assert.True(heading.Success, $"docs/exports.md has no section ### `{ExportJobStore.Code(dataset.Id)}`.");
            var section = document[heading.Index..];
            var next = section.IndexOf("\n### ", 1, StringComparison.Ordinal);
            section = next < 0 ? section : section[..next];
            var documented = Regex.Matches(section, @"^\| `([a-z_]+)` \| (\w+) \|.*\| (.+?) \|$", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => (Type: m.Groups[2].Value, Chinese: m.Groups[3].Value.Trim()));

            Assert.Equal(dataset.Columns.Select(c => c.Name), documented.Keys);
            foreach (var column in dataset.Columns)
            {
                Assert.Equal((column.Kind.ToString().ToLowerInvariant(), column.Chinese), documented[column.Name]);
            }
        }
    }
}
