using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OnePlusX.GraphQL.Accounts;
using OnePlusX.GraphQL.AnnualPlans;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Candidates;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.GraphQL.ExamStations;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.GraphQL.Policies;
using OnePlusX.GraphQL.Trainings;

namespace OnePlusX.GraphQL;

/// <summary>The gateway's schema, assembled from the feature folders.</summary>
public sealed class GatewaySchema : Schema
{
    public GatewaySchema(IServiceProvider services)
        : base(services)
    {
        Description = "OnePlusX — 1+X 证书制度试点服务 (the 1+X certificate pilot service).";
        var query = new ObjectGraphType { Name = "Query", Description = "Read the pilot's data (查询)." };
        NodeQueries.AddTo(query);
        DivisionQueries.AddTo(query);
        CertificateQueries.AddTo(query);
        CollegeQueries.AddTo(query);
        ExamStationQueries.AddTo(query);
        PolicyFields.AddQueries(query);
        AccountFields.AddQueries(query);
        CertificateProjectFields.AddQueries(query);
        ApprovalFields.AddQueries(query);
        AnnualPlanFields.AddQueries(query);
        Students.StudentFields.AddQueries(query);
        WeeklyReports.WeeklyReportFields.AddQueries(query);
        IssuedCertificateFields.AddQueries(query);
        Coverage.CoverageFields.AddQueries(query);
        CostCaps.CostCapFields.AddQueries(query);
        MonitoringPoints.MonitoringPointFields.AddQueries(query);
        CreditBank.CreditBankFields.AddQueries(query);
        Exports.ExportFields.AddQueries(query);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Change the pilot's data (变更)." };
        CollegeMutations.AddTo(mutation);
        PolicyFields.AddMutations(mutation);
        AccountFields.AddMutations(mutation);
        CertificateProjectFields.AddMutations(mutation);
        PilotStepFields.AddMutations(mutation);
        ApprovalFields.AddMutations(mutation);
        AnnualPlanFields.AddMutations(mutation);
        Students.StudentFields.AddMutations(mutation);
        ExamStationQueries.AddMutations(mutation);
        WeeklyReports.WeeklyReportFields.AddMutations(mutation);
        TrainingFields.AddMutations(mutation);
        Exams.ExamFields.AddMutations(mutation);
        CandidateFields.AddMutations(mutation);
        CreditFields.AddMutations(mutation);
        CostCaps.CostCapFields.AddMutations(mutation);
        MonitoringPoints.MonitoringPointFields.AddMutations(mutation);
        CreditBank.CreditBankFields.AddMutations(mutation);
        Exports.ExportFields.AddMutations(mutation);
        Mutation = mutation;

        RegisterTypeMapping(typeof(DateOnly), typeof(DayGraphType));
        RegisterVisitor(new PagingDescriptions());
        RegisterType(typeof(ValidationErrorType));
        RegisterType(typeof(RefusalErrorType));
        RegisterType(typeof(ConflictErrorType));
        RegisterType(typeof(NotFoundErrorType));

        // GraphQL.NET's __type throws on an empty name; every other unknown name answers null, and so does this one.
        // (Reading TypeMetaFieldType initialises the schema, so this comes last.)
        var typeLookup = TypeMetaFieldType.Resolver!;
        TypeMetaFieldType.Resolver = new FuncFieldResolver<object?>(async context =>
            string.IsNullOrEmpty(context.GetArgument<string>("name")) ? null : await typeLookup.ResolveAsync(context));
    }
}
