using GraphQL.Types;
using OnePlusX.Exports;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;

namespace OnePlusX.GraphQL.Exports;

public sealed class ExportDatasetType : EnumerationGraphType<ExportDataset>
{
    public ExportDatasetType()
    {
        Name = "ExportDataset";
        Description = "A dataset of the national monitoring export; its columns are listed in docs/exports.md (监测数据集).";
        Values["PROJECTS"]!.Description = "Certificate projects with their college, fees and cost-cap status (试点项目).";
        Values["REGISTRATIONS"]!.Description = "One row per candidate: who pays, the fee, the result and the certificate (报名与考核结果).";
        Values["CERTIFICATES"]!.Description = "Issued certificates and their platform-entry deadline (证书颁发).";
        Values["WEEKLY_REPORTS"]!.Description = "Each college's weekly-report compliance (周报合规).";
    }
}

public sealed class ExportFormatType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatType()
    {
        Name = "ExportFormat";
        Description = "The file format of an export (文件格式).";
        Values["CSV"]!.Description = "RFC 4180 CSV, UTF-8 with a byte-order mark, a header row (CSV 文件).";
        Values["XLSX"]!.Description = "An Excel workbook; more than 1,048,575 rows continue on further sheets (Excel 工作簿).";
        Values["JSON_LINES"]!.Description = "JSON Lines: one JSON object per row (JSON Lines 文件).";
    }
}

public sealed class ExportJobStatusType : EnumerationGraphType<ExportJobStatus>
{
    public ExportJobStatusType()
    {
        Name = "ExportJobStatus";
        Description = "Where an export job stands (任务状态).";
        Values["QUEUED"]!.Description = "Waiting for a worker (排队中).";
        Values["RUNNING"]!.Description = "Writing rows (导出中).";
        Values["SUCCEEDED"]!.Description = "The file is ready to download (已完成).";
        Values["FAILED"]!.Description = "It stopped; error says why (失败).";
        Values["EXPIRED"]!.Description = "It succeeded and its file has since been removed (文件已过期).";
    }
}

/// <summary>导出任务.</summary>
public sealed class ExportJobType : ObjectGraphType<ExportJob>
{
    public const string TypeName = "ExportJob";

    public ExportJobType()
    {
        Name = TypeName;
        Description = "An export of the national monitoring dataset (监测数据导出任务, NAT-MON-1), run in the background.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (全局标识).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id.ToString("N")));
        Field<NonNullGraphType<ExportDatasetType>>("dataset").Description("What it exports (数据集).").Resolve(c => c.Source.Dataset);
        Field<NonNullGraphType<ExportFormatType>>("format").Description("Its file format (文件格式).").Resolve(c => c.Source.Format);
        Field<StringGraphType>("provinceCode").Description("Only this province's rows; null for all (省份代码).").Resolve(c => c.Source.Where.ProvinceCode);
        Field<IntGraphType>("year").Description("Only this pilot year's rows; null for all (试点年度).").Resolve(c => c.Source.Where.Year);
        Field(j => j.AsOf).Description("The day, China time, day-dependent columns are judged on: the cost cap in force, overdue platform entry (评定日期).");
        Field<NonNullGraphType<ExportJobStatusType>>("status").Description("Queued, running, succeeded, failed or expired (任务状态).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("rowsWritten").Description("Data rows written so far (已导出行数).").Resolve(c => Rows(c.Source.RowsWritten));
        Field<IntGraphType>("totalRows").Description("Rows the dataset held when the job started; null until counted (总行数).")
            .Resolve(c => c.Source.TotalRows is { } total ? Rows(total) : null);
        Field<FloatGraphType>("percent").Description("Rows written of the rows counted, 0–100; null until counted (进度百分比).").Resolve(c => c.Source.Percent);
        Field(j => j.CreatedAt).Description("When it was started, UTC (创建时间).");
        Field(j => j.StartedAt, nullable: true).Description("When a worker took it, UTC (开始时间).");
        Field(j => j.FinishedAt, nullable: true).Description("When it succeeded or failed, UTC (完成时间).");
        Field(j => j.FileName, nullable: true).Description("The downloaded file's name, once written (文件名).");
        Field<FloatGraphType>("fileBytes").Description("The file's size in bytes, once written (文件大小).").Resolve(c => (double?)c.Source.FileBytes);
        Field(j => j.Error, nullable: true).Description("Why it failed (失败原因).");
        Field<ExportDownloadType>("download")
            .Description("A link to the file, valid for a limited time and only for the caller, who must also be signed in to use it; null unless succeeded (下载链接).")
            .Resolve(c => ExportFields.Exports(c).DownloadFor(Caller.Access(c), c.Source));
    }

    /// <summary>A row count as a GraphQL Int (32 bits: far above any dataset of the pilot).</summary>
    private static int Rows(long rows) => (int)Math.Min(rows, int.MaxValue);
}

/// <summary>下载链接.</summary>
public sealed class ExportDownloadType : ObjectGraphType<ExportDownload>
{
    public ExportDownloadType()
    {
        Name = "ExportDownload";
        Description = "Where to download an export's file (下载链接): GET it with the same sign-in or bearer token; 410 once expired.";
        Field(d => d.Url).Description("The path and query of the download, relative to the service's address (下载地址).");
        Field(d => d.ExpiresAt).Description("When the link stops working, UTC; ask exportJob again for a new one (过期时间).");
    }
}

public sealed class ExportFilterInputType : InputObjectGraphType<ExportFilter>
{
    public ExportFilterInputType()
    {
        Name = "ExportFilter";
        Description = "Which rows to export (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("Only this province's colleges: a 2-digit division code (省份代码).");
        Field<IntGraphType>("year").Description("Only this pilot year; not for WEEKLY_REPORTS, which has none (试点年度).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ExportFilter(value.Text("provinceCode"), value.TryGetValue("year", out var year) && year is int y ? y : null);
}

public sealed class StartExportInputType : InputObjectGraphType<StartExport>
{
    public StartExportInputType()
    {
        Name = "StartExportInput";
        Description = "An export to start (导出请求).";
        Field<NonNullGraphType<ExportDatasetType>>("dataset").Description("What to export (数据集).");
        Field<NonNullGraphType<ExportFormatType>>("format").Description("The file format (文件格式).");
        Field<ExportFilterInputType>("where").Description("Which rows; all when absent (筛选条件).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StartExport(
        (ExportDataset)value["dataset"]!, (ExportFormat)value["format"]!, value.TryGetValue("where", out var where) && where is ExportFilter filter ? filter : ExportFilter.None);
}

public sealed class ExportJobFilterInputType : InputObjectGraphType<ExportJobFilter>
{
    public ExportJobFilterInputType()
    {
        Name = "ExportJobFilter";
        Description = "Which export jobs to list (筛选条件); all given conditions must hold.";
        Field<ExportJobStatusType>("status").Description("Only jobs in this state (任务状态).");
        Field<ExportDatasetType>("dataset").Description("Only exports of this dataset (数据集).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ExportJobFilter(
        value.TryGetValue("status", out var status) ? status as ExportJobStatus? : null,
        value.TryGetValue("dataset", out var dataset) ? dataset as ExportDataset? : null);
}

/// <summary>The result of <c>startExport</c>.</summary>
public sealed record StartExportPayload(ExportJob? Job, IReadOnlyList<CommandError> Errors);

public sealed class StartExportPayloadType : ObjectGraphType<StartExportPayload>
{
    public StartExportPayloadType()
    {
        Name = "StartExportPayload";
        Description = "The queued export job, or the errors that prevented it (结果).";
        Field<ExportJobType>("exportJob").Description("The job, queued; null when errors is not empty (导出任务).").Resolve(c => c.Source.Job);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing was started; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
