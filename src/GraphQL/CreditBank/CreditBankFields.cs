using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.CreditBank;
using OnePlusX.GraphQL.Candidates;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.CreditBank;

/// <summary>
/// The credit bank (学分银行, NAT-CB-1): the change feed integrations pull (the same feed and cursor as
/// <c>GET /api/credit-bank/changes</c>), the records colleges and their readers list with due and overdue, and the
/// mutation that records proposals. Resolvers translate; the feed's order and the deadline are the read model's and
/// the policy's.
/// </summary>
public static class CreditBankFields
{
    public const int DefaultPullSize = 100;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<CreditBankChangesType>("creditBankChanges")
            .Description("Credit-record changes in the caller's scope after a cursor, in a stable order (学分银行增量拉取, NAT-CB-1): every change exactly once to a reader that continues from endCursor, even while writes commit concurrently and out of order. National monitoring, and integration clients with the creditbank.read scope.")
            .Argument<StringGraphType>("after", "Continue after this cursor (an endCursor or an item's cursor); from the beginning when absent (游标).")
            .Argument<IntGraphType>("first", $"At most this many changes, 1–{ICreditBankQueries.MaxPage}; {DefaultPullSize} when absent (数量).")
            .RequireRoles([.. CreditBankAccess.Pullers])
            .RequireClientScope(CreditBankAccess.Scope)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? DefaultPullSize;
                if (first is < 1 or > ICreditBankQueries.MaxPage)
                {
                    throw new ExecutionError($"Argument 'first' must be between 1 and {ICreditBankQueries.MaxPage}.") { Code = "INVALID_ARGUMENT" };
                }

                CreditBankCursor? after = null;
                if (c.GetArgument<string?>("after") is { } text)
                {
                    if (!CreditBankCursor.TryParse(text, out var cursor))
                    {
                        throw new ExecutionError("Argument 'after' is not a cursor of this feed: pass an endCursor or cursor from an earlier page unchanged, or leave it out to start from the beginning.") { Code = "INVALID_ARGUMENT" };
                    }

                    after = cursor;
                }

                return await c.RequestServices!.GetRequiredService<ICreditBankQueries>().ChangesAsync(Caller.Access(c), after, first, c.CancellationToken);
            });

        var records = query.Connection<CreditRecordType>("creditRecords")
            .Description("Credit records in the caller's scope (学分银行学分记录, NAT-CB-1), earliest due first: a college sees its own, a province its colleges', national monitoring all.")
            .Argument<CreditRecordFilterInputType>("where", "Which records (筛选).")
            .Argument<DayGraphType>("asOf", "The day due and overdue are judged on; today in China when absent (基准日期).")
            .Argument<CreditRecordOrderType>("order", "DUE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(records, (c, offset, limit) =>
        {
            var asOf = c.GetArgument<DateOnly?>("asOf") ?? ChinaDay.Today;
            if (asOf.Year is < 2019 or > 2100)
            {
                throw new ExecutionError("Argument 'asOf' must be a day of the pilot years (2019–2100).") { Code = "INVALID_ARGUMENT" };
            }

            var where = c.GetArgument<CreditRecordWhere?>("where") ?? new CreditRecordWhere(null, null, null);
            var filter = new CreditRecordFilter(where.Status, where.CertificateCode, where.ProjectKey, asOf)
            {
                NewestIssuedFirst = c.GetArgument("order", CreditRecordOrder.DueAscending) == CreditRecordOrder.IssuedDescending,
            };
            return c.RequestServices!.GetRequiredService<ICreditBankQueries>().RecordsAsync(Caller.Access(c), filter, offset, limit, c.CancellationToken);
        });
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        CandidateFields.Bulk<RecordCreditProposal, RecordCreditProposalInputType>(mutation, "recordCreditProposal",
            "Records the day the credit-record proposals of issued certificates were made to the credit bank (学分记录建议, NAT-CB-1: within one month of issue); each number succeeds or fails on its own.",
            (grain, command) => grain.RecordCreditProposalAsync(command));
}
