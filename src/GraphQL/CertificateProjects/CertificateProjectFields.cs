using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.CertificateProjects;

/// <summary>Certificate projects: list and read within the caller's scope; apply for one in the caller's own college.</summary>
public static class CertificateProjectFields
{
    /// <summary>Who runs projects day to day: 二级学院 officers and 教务处.</summary>
    public static readonly string[] Officers = [Roles.SchoolOfficer, Roles.CollegeAdministrator];

    public static void AddQueries(ObjectGraphType query)
    {
        var projects = query.Connection<CertificateProjectType>("projects")
            .Description("Certificate projects in the caller's scope (证书项目), by college then key.")
            .Argument<ProjectFilterInputType>("where", "Which projects (筛选).")
            .Argument<ProjectOrderType>("order", "Order, KEY_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(projects, async (c, offset, limit) =>
        {
            var page = await c.RequestServices!.GetRequiredService<IProjectQueries>().ListAsync(
                Caller.Access(c), c.GetArgument<ProjectFilter?>("where") ?? new ProjectFilter(null, null, null, null, null), offset, limit, c.CancellationToken, c.GetArgument("order", ProjectOrder.KeyAscending));
            // One query for the page; each project's details come from its grain (in memory once active), in parallel.
            var nodes = await Task.WhenAll(page.Items.Select(p => ProjectNodes.LoadAsync(c, TenantId.From(p.TenantId), p.ProjectKey)));
            return new Page<ProjectNode>(nodes.OfType<ProjectNode>().ToList(), page.TotalCount);
        });
        query.Field<CertificateProjectType>("project")
            .Description("One project of the caller's own college by key, e.g. WEB-FE-2-2025 (证书项目); null if none.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The project key (项目编号).")
            .RequireRoles(Access.DataReaders)
            .ResolveAsync(async c => Caller.TryGetTenant(c, out var tenant) ? await ProjectNodes.LoadAsync(c, tenant, c.GetArgument<string>("key")) : null);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectPayloadType>>("advanceProject")
            .Description("Moves an approved project to running (实施), or a running one to closed once summarised and archived (结项), in the caller's own college.")
            .Argument<NonNullGraphType<StringGraphType>>("projectKey", "The project (项目编号).")
            .Argument<NonNullGraphType<ProjectStatusType>>("to", "RUNNING or CLOSED (目标状态).")
            .Argument<StringGraphType>("reason", "A note for the project's history (说明).")
            .RequireRoles(Roles.CollegeAdministrator)
            .ResolveAsync(async c => await ProjectCommands.RunAsync(c, c.GetArgument<string>("projectKey"),
                grain => grain.AdvanceAsync(new AdvanceProject(c.GetArgument<ProjectStatus>("to"), c.GetArgument<string?>("reason")))));
        AddApplication(mutation);
    }

    private static void AddApplication(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ProjectPayloadType>>("applyForProject")
            .Description("Drafts a certificate project application in the caller's own college (项目申报), checked by its policy (JL-APP-1, SD-APP-1, SD-LVL-1); submit it with submitForApproval.")
            .Argument<NonNullGraphType<ApplyForProjectInputType>>("input", "The certificate, level, year, school, scale and budget (输入).")
            .RequireRoles(Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApplyInput>("input");
                return await ProjectCommands.RunAsync(c, input.Key, grain => grain.ApplyAsync(input.Command));
            });
}

/// <summary>Runs a command on one project of the caller's own college and shapes the payload.</summary>
public static class ProjectCommands
{
    public static async Task<ProjectPayload> RunAsync(IResolveFieldContext context, string projectKey, Func<ICertificateProjectGrain, Task<CommandResult<CertificateProjectDetails>>> command)
    {
        if (!Caller.TryGetTenant(context, out var tenant))
        {
            return new ProjectPayload(null, [CommandError.NotFound("Your college")]);
        }

        if (projectKey.Length is 0 or > 100 || projectKey.Contains('/'))
        {
            return new ProjectPayload(null, [CommandError.Invalid("projectKey", "Not a project key, e.g. WEB-FE-2-2025.")]);
        }

        using var scope = Caller.Scope(context, tenant);
        var result = await command(Caller.Grains(context).GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, projectKey)));
        return result.Succeeded ? new ProjectPayload(new ProjectNode(tenant, result.Value), []) : new ProjectPayload(null, [result.Error]);
    }
}

/// <summary>A project command's result: the changed project, or why nothing changed.</summary>
public sealed record ProjectPayload(ProjectNode? Project, IReadOnlyList<CommandError> Errors);

/// <summary>An application, with the key it makes.</summary>
public sealed record ApplyInput(string Key, ApplyForProject Command);

public sealed class ApplyForProjectInputType : InputObjectGraphType<ApplyInput>
{
    public ApplyForProjectInputType()
    {
        Name = "ApplyForProjectInput";
        Description = "A certificate project application (项目申报).";
        Field<NonNullGraphType<StringGraphType>>("certificateCode").Description("The certificate (证书代码).");
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The pilot year (年度).");
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college running it (二级学院代码).");
        Field<StringGraphType>("majorCode").Description("The major taking it as an X certificate (专业代码).");
        Field<NonNullGraphType<IntGraphType>>("pilotScale").Description("Candidates applied for (试点规模).");
        Field<NonNullGraphType<DecimalGraphType>>("budget").Description("Budget in yuan (预算，元).");
        Field<BooleanGraphType>("exceptionApproved").Description("The leading group approved going beyond the scale (领导小组例外批准).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var certificate = (string)value["certificateCode"]!;
        var level = (CertificateLevel)value["level"]!;
        var year = (int)value["year"]!;
        var key = $"{certificate}-{(int)level}-{year}";
        return new ApplyInput(key, new ApplyForProject((string)value["schoolCode"]!, (int)value["pilotScale"]!, (decimal)value["budget"]!)
        {
            MajorCode = value.Text("majorCode"),
            ExceptionApproved = value.TryGetValue("exceptionApproved", out var exception) && exception is true,
        });
    }
}

public sealed class ProjectPayloadType : ObjectGraphType<ProjectPayload>
{
    public ProjectPayloadType()
    {
        Name = "ProjectPayload";
        Description = "The changed project, or why nothing changed (结果).";
        Field<CertificateProjectType>("project").Description("The project, null when errors is not empty (证书项目).").Resolve(c => c.Source.Project);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
