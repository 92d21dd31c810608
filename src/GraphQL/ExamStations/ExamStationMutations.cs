using GraphQL;
using GraphQL.Types;
using OnePlusX.ExamStations;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.ExamStations;

/// <summary>A station filed by the caller's own college: its application to the province (NAT-STA-1).</summary>
public sealed record StationPayload(ApprovalRecord? Application, IReadOnlyList<CommandError> Errors);

/// <summary>A station to file, with its code.</summary>
public sealed record FileStationInput(string Code, FileExamStation Command);

public sealed class FileExamStationInputType : InputObjectGraphType<FileStationInput>
{
    public FileExamStationInputType()
    {
        Name = "FileExamStationInput";
        Description = "An exam station to apply for (考核站点申请, NAT-STA-1).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Station code within the college (站点代码).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (站点名称).");
        Field<NonNullGraphType<StringGraphType>>("certificateCode").Description("The certificate it examines (考核证书).");
        Field<NonNullGraphType<StringGraphType>>("cityCode").Description("6-digit code of the city it serves, in the college's province (所在城市).");
        Field<NonNullGraphType<IntGraphType>>("capacity").Description("Candidates it can examine at once (容量).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FileStationInput(
        (string)value["code"]!,
        new FileExamStation((string)value["name"]!, (string)value["certificateCode"]!, (string)value["cityCode"]!, (int)value["capacity"]!));
}

public sealed class StationPayloadType : ObjectGraphType<StationPayload>
{
    public StationPayloadType()
    {
        Name = "FileExamStationPayload";
        Description = "The station's application, to submit to the province, or why nothing changed (结果).";
        Field<ApprovalItemType>("application").Description("The application; submit it with submitForApproval (站点申请).").Resolve(c => c.Source.Application);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public static partial class ExamStationQueries
{
    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<StationPayloadType>>("fileExamStation")
            .Description("Files an exam station of the caller's own college as a draft application to the province (考核站点申请, NAT-STA-1).")
            .Argument<NonNullGraphType<FileExamStationInputType>>("input", "The station (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new StationPayload(null, [CommandError.NotFound("Your college")]);
                }

                var input = c.GetArgument<FileStationInput>("input");
                if (input.Code.Length is 0 or > 32 || input.Code.Contains('/'))
                {
                    return new StationPayload(null, [CommandError.Invalid("code", "A station code is 1 to 32 characters without '/'.")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var grain = Caller.Grains(c).GetGrain<IExamStationGrain>(GrainKey.For(tenant, input.Code));
                var result = await grain.FileAsync(input.Command);
                if (!result.Succeeded)
                {
                    return new StationPayload(null, [result.Error]);
                }

                var item = await grain.GetApprovalAsync("application");
                return new StationPayload(item is null ? null : ApprovalTargets.ToRecord(ApprovalTarget.Station, tenant, input.Code, item), []);
            });
}
