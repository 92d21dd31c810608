using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Students;

/// <summary>Students: list and read within the caller's scope; enrol a list into the caller's own college.</summary>
public static class StudentFields
{
    /// <summary>Most students one enrolment call takes.</summary>
    public const int MaxRows = 1000;

    public static void AddQueries(ObjectGraphType query)
    {
        var students = query.Connection<StudentType>("students")
            .Description("Enrolled students in the caller's scope (在校学生), by college then student number.")
            .Argument<StudentFilterInputType>("where", "Which students (筛选).")
            .Argument<StudentOrderType>("order", "Order, NUMBER_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(students, async (c, offset, limit) =>
        {
            var page = await c.RequestServices!.GetRequiredService<IStudentQueries>().ListAsync(
                Caller.Access(c), c.GetArgument<StudentFilter?>("where") ?? new StudentFilter(null, null, null, null), offset, limit, c.CancellationToken,
                c.GetArgument("order", StudentOrder.NumberAscending));
            var nodes = await Task.WhenAll(page.Items.Select(s => StudentNodes.LoadAsync(c, TenantId.From(s.TenantId), s.StudentNumber)));
            return new Page<StudentNode>(nodes.OfType<StudentNode>().ToList(), page.TotalCount);
        });
        query.Field<StudentType>("student")
            .Description("One student of the caller's own college by student number (学生); null if none.")
            .Argument<NonNullGraphType<StringGraphType>>("studentNumber", "Student number (学号).")
            .RequireRoles(Access.DataReaders)
            .ResolveAsync(async c => Caller.TryGetTenant(c, out var tenant) ? await StudentNodes.LoadAsync(c, tenant, c.GetArgument<string>("studentNumber")) : null);
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EnrolStudentsPayloadType>>("enrolStudents")
            .Description($"Enrols up to {MaxRows} students into the caller's own college (学生名单录入); each row succeeds or fails on its own.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnrolStudentInputType>>>>("students", "The students (学生名单).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new EnrolStudentsPayload([], [CommandError.NotFound("Your college")]);
                }

                var rows = c.GetArgument<List<EnrolStudentInput>>("students");
                if (rows.Count is 0 or > MaxRows)
                {
                    return new EnrolStudentsPayload([], [CommandError.Invalid("students", $"Send 1 to {MaxRows} students.")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var outcomes = new List<EnrolOutcome>(rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    var row = rows[i];
                    if (row.StudentNumber.Length is 0 or > 32 || row.StudentNumber.Contains('/') || row.StudentNumber.Any(char.IsWhiteSpace))
                    {
                        outcomes.Add(new EnrolOutcome(i, row.StudentNumber, null, [CommandError.Invalid($"students[{i}].studentNumber", "A student number is 1 to 32 characters without spaces or '/'.")]));
                        continue;
                    }

                    var result = await Caller.Grains(c).GetGrain<IStudentGrain>(GrainKey.For(tenant, row.StudentNumber)).EnrolAsync(row.Command);
                    outcomes.Add(result.Succeeded
                        ? new EnrolOutcome(i, row.StudentNumber, new StudentNode(tenant, result.Value), [])
                        : new EnrolOutcome(i, row.StudentNumber, null, [Prefixed(result.Error, i)]));
                }

                return new EnrolStudentsPayload(outcomes, []);
            });

    /// <summary>The grain names its own fields (Name, MajorCode); in a list they are named by row, as the input spells them.</summary>
    private static CommandError Prefixed(CommandError error, int row) => error.Field is { Length: > 0 } field
        ? error with { Field = $"students[{row}].{char.ToLowerInvariant(field[0])}{field[1..]}" }
        : error;
}

public sealed record EnrolStudentInput(string StudentNumber, EnrolStudent Command);

public sealed record EnrolOutcome(int Row, string StudentNumber, StudentNode? Student, IReadOnlyList<CommandError> Errors);

public sealed record EnrolStudentsPayload(IReadOnlyList<EnrolOutcome> Rows, IReadOnlyList<CommandError> Errors);

public sealed class EnrolStudentInputType : InputObjectGraphType<EnrolStudentInput>
{
    public EnrolStudentInputType()
    {
        Name = "EnrolStudentInput";
        Description = "A student to enrol (学生信息).";
        Field<NonNullGraphType<StringGraphType>>("studentNumber").Description("Student number, unique in the college (学号).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (姓名).");
        Field<NonNullGraphType<StringGraphType>>("majorCode").Description("A major of the college (专业代码).");
        Field<NonNullGraphType<IntGraphType>>("cohort").Description("Year of entry (年级).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new EnrolStudentInput((string)value["studentNumber"]!, new EnrolStudent((string)value["name"]!, (string)value["majorCode"]!, (int)value["cohort"]!));
}

public sealed class EnrolOutcomeType : ObjectGraphType<EnrolOutcome>
{
    public EnrolOutcomeType()
    {
        Name = "EnrolOutcome";
        Description = "One row of an enrolment list (逐行结果).";
        Field(o => o.Row).Description("Its index in the list sent, from 0 (行号).");
        Field(o => o.StudentNumber).Description("The student number as sent (学号).");
        Field<StudentType>("student").Description("The student, null when the row failed (学生).").Resolve(c => c.Source.Student);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why this row changed nothing (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class EnrolStudentsPayloadType : ObjectGraphType<EnrolStudentsPayload>
{
    public EnrolStudentsPayloadType()
    {
        Name = "EnrolStudentsPayload";
        Description = "Per-row outcomes of an enrolment list (录入结果).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnrolOutcomeType>>>>("rows").Description("One outcome per row, in order (逐行结果).").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why the whole list was refused; empty otherwise (错误).").Resolve(c => c.Source.Errors);
    }
}
