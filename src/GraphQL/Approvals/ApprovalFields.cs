using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Approvals;

/// <summary>
/// Approvals of every kind of item through one set of fields: list what waits for whom, submit, withdraw, review one
/// or many. The owning grain applies its college policy's path and decides who may act; these resolvers translate.
/// </summary>
public static class ApprovalFields
{
    /// <summary>Most items one batch review takes.</summary>
    public const int MaxBatch = 100;

    private static readonly string[] Submitters = [Roles.SchoolOfficer, Roles.CollegeAdministrator];
    private static readonly string[] Reviewers = [Roles.SchoolOfficer, Roles.CollegeAdministrator, Roles.ProvincialCoordinator];

    public static void AddQueries(ObjectGraphType query)
    {
        var approvals = query.Connection<ApprovalItemType>("approvals")
            .Description("Approvable items in the caller's scope (审批事项), oldest submission first: e.g. where: {status: SUBMITTED, nextApprover: PROVINCE}.")
            .Argument<ApprovalFilterInputType>("where", "Which items (筛选).")
            .Argument<ApprovalOrderType>("order", "Order, SUBMITTED_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(approvals, (c, offset, limit) => c.RequestServices!.GetRequiredService<IApprovalQueries>().ListAsync(
            Caller.Access(c), c.GetArgument<ApprovalFilter?>("where") ?? new ApprovalFilter(null, null, null, null, null), offset, limit, c.CancellationToken,
            c.GetArgument("order", ApprovalOrder.SubmittedAscending)));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ApprovalPayloadType>>("submitForApproval")
            .Description("Submits a draft, rejected or withdrawn item to its approval path (提交审批).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The item's global id (事项标识).")
            .RequireRoles(Submitters)
            .ResolveAsync(async c => await StepAsync(c, c.GetArgument<string>("id"), (owner, item) => owner.SubmitAsync(item)));
        mutation.Field<NonNullGraphType<ApprovalPayloadType>>("withdrawSubmission")
            .Description("Takes a submitted item back before any approver acted (撤回).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The item's global id (事项标识).")
            .RequireRoles(Submitters)
            .ResolveAsync(async c => await StepAsync(c, c.GetArgument<string>("id"), (owner, item) => owner.WithdrawAsync(item)));
        mutation.Field<NonNullGraphType<ApprovalPayloadType>>("review")
            .Description("Agrees to or rejects an item as its next approver; a rejection needs a reason (审批).")
            .Argument<NonNullGraphType<ReviewInputType>>("input", "The item and the decision (审批意见).")
            .RequireRoles(Reviewers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReviewInput>("input");
                return await StepAsync(c, input.Id, (owner, item) => owner.ReviewAsync(item, new ReviewDecision(input.Approve, input.Reason)));
            });
        mutation.Field<NonNullGraphType<ReviewManyPayloadType>>("reviewMany")
            .Description($"Reviews up to {MaxBatch} items at once (批量审批); each item succeeds or fails on its own, with its errors.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewInputType>>>>("items", "The items and decisions (审批意见).")
            .RequireRoles(Reviewers)
            .ResolveAsync(async c =>
            {
                var items = c.GetArgument<List<ReviewInput>>("items");
                if (items.Count > MaxBatch)
                {
                    return new ReviewManyPayload([], [CommandError.Invalid("items", $"At most {MaxBatch} items per call.")]);
                }

                var outcomes = new List<ReviewOutcome>(items.Count);
                foreach (var input in items)
                {
                    var payload = await StepAsync(c, input.Id, (owner, item) => owner.ReviewAsync(item, new ReviewDecision(input.Approve, input.Reason)));
                    outcomes.Add(new ReviewOutcome(input.Id, payload.Item, payload.Errors));
                }

                return new ReviewManyPayload(outcomes, []);
            });
    }

    private static async Task<ApprovalPayload> StepAsync(IResolveFieldContext context, string id, Func<IApprovalTarget, string, Task<CommandResult<ApprovalItem>>> step)
    {
        if (!ApprovalIds.TryDecode(id, out var target, out var tenant, out var targetKey, out var item))
        {
            return new ApprovalPayload(null, [CommandError.Invalid("id", "Not the id of an approvable item.")]);
        }

        if (await ApprovalTargets.FindAsync(context, target, tenant, targetKey) is not { } owner)
        {
            return new ApprovalPayload(null, [CommandError.NotFound("The item")]);
        }

        using var scope = Caller.Scope(context, tenant);
        var result = await step(owner, item);
        return result.Succeeded
            ? new ApprovalPayload(ApprovalTargets.ToRecord(target, tenant, targetKey, result.Value), [])
            : new ApprovalPayload(null, [result.Error]);
    }
}

/// <summary>An approval step's result: the item as it now stands, or why nothing changed.</summary>
public sealed record ApprovalPayload(ApprovalRecord? Item, IReadOnlyList<CommandError> Errors);

/// <summary>One item of a batch review.</summary>
public sealed record ReviewOutcome(string Id, ApprovalRecord? Item, IReadOnlyList<CommandError> Errors);

/// <summary>A batch review's per-item outcomes, or why the batch was refused as a whole.</summary>
public sealed record ReviewManyPayload(IReadOnlyList<ReviewOutcome> Results, IReadOnlyList<CommandError> Errors);

/// <summary>A decision on one item.</summary>
public sealed record ReviewInput(string Id, bool Approve, string? Reason);

public sealed class ReviewInputType : InputObjectGraphType<ReviewInput>
{
    public ReviewInputType()
    {
        Name = "ReviewInput";
        Description = "A decision on one item (审批意见).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The item's global id (事项标识).");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True to agree, false to reject (同意/驳回).");
        Field<StringGraphType>("reason").Description("Why; required to reject, at most 500 characters (意见).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ReviewInput((string)value["id"]!, (bool)value["approve"]!, value.Text("reason"));
}

public sealed class ApprovalPayloadType : ObjectGraphType<ApprovalPayload>
{
    public ApprovalPayloadType()
    {
        Name = "ApprovalPayload";
        Description = "The item as it now stands, or why nothing changed (审批结果).";
        Field<ApprovalItemType>("item").Description("The item, null when errors is not empty (事项).").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class ReviewOutcomeType : ObjectGraphType<ReviewOutcome>
{
    public ReviewOutcomeType()
    {
        Name = "ReviewOutcome";
        Description = "One item of a batch review (单项结果).";
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The item's id as sent (事项标识).");
        Field<ApprovalItemType>("item").Description("The item after the review, null when it failed (事项).").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why this item did not change (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class ReviewManyPayloadType : ObjectGraphType<ReviewManyPayload>
{
    public ReviewManyPayloadType()
    {
        Name = "ReviewManyPayload";
        Description = "Per-item outcomes of a batch review (批量审批结果).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewOutcomeType>>>>("results").Description("One outcome per item, in order (逐项结果).").Resolve(c => c.Source.Results);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why the whole batch was refused; empty otherwise (错误).").Resolve(c => c.Source.Errors);
    }
}
