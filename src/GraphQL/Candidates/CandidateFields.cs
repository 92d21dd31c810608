using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Candidates;

/// <summary>
/// Selection and registration (who pays), results, certificate issuance and platform entry on a project. Resolvers
/// translate: the project grain checks every row and asks the college's policy.
/// </summary>
public static class CandidateFields
{
    /// <summary>The project's exam price and registrations.</summary>
    public static void AddTo(CertificateProjectType project)
    {
        project.Field<ExamPriceType>("examPrice").Description("The agreed exam price per candidate; null until set (考核价格).").Resolve(c => c.Source.Project.ExamPrice);
        var registrations = project.Connection<RegistrationType>("registrations")
            .Description("Registrations in the order they were made (报名名单), with who pays, results and certificates.")
            .Argument<RegistrationFilterInputType>("where", "Which registrations (筛选).")
            .Bidirectional();
        EntryLists.Resolve(registrations, (c, node) =>
        {
            var filter = c.GetArgument<RegistrationFilter?>("where") ?? new RegistrationFilter(null, null, null);
            return node.Project.Registrations.Where(r => RegistrationFilterInputType.Matches(filter, r))
                .Select(r => new RegistrationNode(node.Tenant, node.Project, r)).ToList();
        });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectPayloadType>>("setExamPrice")
            .Description("Sets the agreed exam price per candidate of a project of the caller's college (考核价格); who pays is decided at this price when candidates register. Refused above the certificate level's cost cap in force that day (NAT-COST-1).")
            .Argument<NonNullGraphType<SetExamPriceInputType>>("input", "The project and the price split (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput<ExamPrice>>("input");
                return GrainKey.IsValidLocalKey(input.ProjectKey)
                    ? await ProjectCommands.RunAsync(c, input.ProjectKey, grain => grain.SetExamPriceAsync(input.Command))
                    : new ProjectPayload(null, [CommandError.NotFound($"Project {input.ProjectKey}")]);
            });
        Bulk<RegisterCandidates, RegisterCandidatesInputType>(mutation, "registerCandidates",
            "Registers candidates for a project of the caller's college (报名), at most 1000 rows: the college's policy decides who may register (HB-SEL-1) and who pays, from which fund and why (JL-FUND-1, HB-FUND-1, HB-FUND-2, SD-FUND-1, XM-FIN-1, NAT-COST-1). Each row succeeds or fails on its own; a bad row changes nothing.",
            (grain, command) => grain.RegisterCandidatesAsync(command));
        Bulk<RecordResults, RecordResultsInputType>(mutation, "recordResults",
            "Records a results sheet for registered candidates (成绩录入), at most 1000 rows; each row succeeds or fails on its own.",
            (grain, command) => grain.RecordResultsAsync(command));
        Bulk<IssueCertificates, IssueCertificatesInputType>(mutation, "issueCertificates",
            "Issues certificates to passing candidates (证书颁发), at most 1000 rows: checked by the college's policy (SD-ISS-1), each number unique across the service, each with its platform-entry deadline (NAT-ISS-1). Each row succeeds or fails on its own.",
            (grain, command) => grain.IssueCertificatesAsync(command));
        Bulk<RecordPlatformEntry, RecordPlatformEntryInputType>(mutation, "recordPlatformEntry",
            "Records the day certificates were entered into the national certificate platform (平台录入, NAT-ISS-1); each number succeeds or fails on its own.",
            (grain, command) => grain.RecordPlatformEntryAsync(command));
    }

    internal static void Bulk<TCommand, TInput>(ObjectGraphType mutation, string name, string description, Func<ICertificateProjectGrain, TCommand, Task<CommandResult<CandidateBatch>>> command)
        where TInput : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<CandidateBatchPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "The project and the rows (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput<TCommand>>("input");
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new CandidateBatchPayload(null, [], [CommandError.NotFound("Your college")]);
                }

                if (!GrainKey.IsValidLocalKey(input.ProjectKey))
                {
                    return new CandidateBatchPayload(null, [], [CommandError.NotFound($"Project {input.ProjectKey}")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await command(Caller.Grains(c).GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, input.ProjectKey)), input.Command);
                if (!result.Succeeded)
                {
                    return new CandidateBatchPayload(null, [], [result.Error]);
                }

                var project = result.Value.Project;
                var rows = result.Value.Rows.Select(row => new CandidateRowOutcome(
                    row.Row,
                    row.Key,
                    row.Applied && project.Registrations.FirstOrDefault(r => r.Key == row.Key || r.Certificate?.Number == row.Key) is { } registration
                        ? new RegistrationNode(tenant, project, registration)
                        : null,
                    row.Errors)).ToList();
                return new CandidateBatchPayload(new ProjectNode(tenant, project), rows, []);
            });
}

/// <summary>One row of a bulk command: where it was, what it concerns, the registration after it, or why it changed nothing.</summary>
public sealed record CandidateRowOutcome(int Row, string? Key, RegistrationNode? Registration, IReadOnlyList<CommandError> Errors);

/// <summary>A bulk command's per-row outcomes with the project after the rows applied, or why the whole call was refused.</summary>
public sealed record CandidateBatchPayload(ProjectNode? Project, IReadOnlyList<CandidateRowOutcome> Results, IReadOnlyList<CommandError> Errors);

public sealed class CandidateRowOutcomeType : ObjectGraphType<CandidateRowOutcome>
{
    public CandidateRowOutcomeType()
    {
        Name = "CandidateRowOutcome";
        Description = "One row of a bulk command (逐行结果): applied when errors is empty.";
        Field(o => o.Row).Description("The row's index in the list sent, from 0 (行号).");
        Field(o => o.Key, nullable: true).Description("The candidate's key (or the certificate number) the row concerns, when known (考生编号/证书编号).");
        Field<RegistrationType>("registration").Description("The registration after the row; null when the row failed (报名).").Resolve(c => c.Source.Registration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why the row changed nothing; empty when applied (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class CandidateBatchPayloadType : ObjectGraphType<CandidateBatchPayload>
{
    public CandidateBatchPayloadType()
    {
        Name = "CandidateBatchPayload";
        Description = "Per-row outcomes of a bulk command and the project after the rows applied (批量结果).";
        Field<CertificateProjectType>("project").Description("The project after the call; null when the whole call was refused (证书项目).").Resolve(c => c.Source.Project);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateRowOutcomeType>>>>("results").Description("One outcome per row, in order (逐行结果).").Resolve(c => c.Source.Results);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why the whole call was refused; empty otherwise (错误).").Resolve(c => c.Source.Errors);
    }
}
