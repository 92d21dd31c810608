using GraphQL;
using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Security;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Candidates;

public sealed class CreditCategoryType : EnumerationGraphType<CreditCategory>
{
    public CreditCategoryType()
    {
        Name = "CreditCategory";
        Description = "The kind of credit a certificate is recognised as (学分类别).";
        Values["NONE"]!.Description = "No credit under the policy (不认定).";
        Values["COURSE_SUBSTITUTION"]!.Description = "The credits of a programme course it substitutes (学分置换, JL-CRD-1).";
        Values["INNOVATION_PRACTICE"]!.Description = "Innovation and entrepreneurship practice credits (创新创业实践学分, XM-CRD-1).";
        Values["PUBLIC_ELECTIVE"]!.Description = "Public elective credits (公共通识选修课学分, XM-CRD-1).";
        Values["CERTIFICATE_CREDIT"]!.Description = "Credits per certificate as the college set them (证书学分).";
    }
}

public sealed class CreditGrantType : ObjectGraphType<CreditRecord>
{
    public CreditGrantType()
    {
        Name = "CreditGrant";
        Description = "Credits granted to a student for one certificate (学分认定), with the rules that grant them.";
        Field(r => r.CertificateNumber).Description("The certificate's (or driving licence's) number (证书编号).");
        Field(r => r.ProjectKey, nullable: true).Description("The project it was issued under; null for a driving licence (项目编号).");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("Credits granted (学分).").Resolve(c => c.Source.Grant.Credits);
        Field<NonNullGraphType<CreditCategoryType>>("category").Description("As which kind of credit (学分类别).").Resolve(c => c.Source.Grant.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that grant them (规则编号).").Resolve(c => c.Source.Grant.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why (原因).").Resolve(c => c.Source.Grant.Explanation);
        Field(r => r.SubstitutedCourse, nullable: true).Description("The course substituted, if any (置换课程).");
        Field(r => r.GrantedAt).Description("When (认定时间).");
    }
}

/// <summary>A credit request with the student it is for.</summary>
public sealed record GrantCreditsInput(string StudentNumber, GrantCredits Command);

public sealed class GrantCreditsInputType : InputObjectGraphType<GrantCreditsInput>
{
    public GrantCreditsInputType()
    {
        Name = "GrantCreditsInput";
        Description = "Credits asked for a certificate a student holds, or a driving licence (学分认定申请).";
        Field<NonNullGraphType<StringGraphType>>("studentNumber").Description("The student (学号).");
        Field<NonNullGraphType<StringGraphType>>("certificateNumber").Description("The certificate's number, or the driving licence's (证书编号).");
        Field<CreditCategoryType>("requested").Description("The kind of credit asked for, where the policy offers a choice (申请类别).");
        Field<StringGraphType>("substitutedCourse").Description("The programme course it substitutes (置换课程, JL-CRD-1).");
        Field<DecimalGraphType>("substitutedCourseCredits").Description("That course's credits (置换课程学分).");
        Field<DayGraphType>("drivingLicenceIssuedOn").Description("For a driving licence: the day it was issued (驾驶证发证日期, XM-CRD-1).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new GrantCreditsInput(
        (string)value["studentNumber"]!,
        new GrantCredits(
            (string)value["certificateNumber"]!,
            value.TryGetValue("requested", out var requested) && requested is CreditCategory category ? category : CreditCategory.None,
            value.Text("substitutedCourse"),
            value.TryGetValue("substitutedCourseCredits", out var credits) ? (decimal?)credits : null)
        {
            DrivingLicenceIssuedOn = value.TryGetValue("drivingLicenceIssuedOn", out var issued) ? (DateOnly?)issued : null,
        });
}

/// <summary>A credit grant's result: the grant, or why nothing changed.</summary>
public sealed record GrantCreditsPayload(CreditRecord? Credit, IReadOnlyList<CommandError> Errors);

public sealed class GrantCreditsPayloadType : ObjectGraphType<GrantCreditsPayload>
{
    public GrantCreditsPayloadType()
    {
        Name = "GrantCreditsPayload";
        Description = "The credits granted, or why nothing changed (学分认定结果).";
        Field<CreditGrantType>("credit").Description("The grant, null when errors is not empty (学分认定).").Resolve(c => c.Source.Credit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

/// <summary>grantCredits: 教务处 recognises credits for a student's certificate, as the college's policy decides (XM-CRD-1, JL-CRD-1).</summary>
public static class CreditFields
{
    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<GrantCreditsPayloadType>>("grantCredits")
            .Description("Grants credits for a certificate a student of the caller's college holds (学分认定), as its policy decides (XM-CRD-1, JL-CRD-1); once per certificate.")
            .Argument<NonNullGraphType<GrantCreditsInputType>>("input", "The student, the certificate and what is asked (输入).")
            .RequireRoles(Roles.CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<GrantCreditsInput>("input");
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new GrantCreditsPayload(null, [CommandError.NotFound("Your college")]);
                }

                if (!GrainKey.IsValidLocalKey(input.StudentNumber))
                {
                    return new GrantCreditsPayload(null, [CommandError.NotFound($"Student {input.StudentNumber}")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<IStudentGrain>(GrainKey.For(tenant, input.StudentNumber)).GrantCreditsAsync(input.Command);
                return result.Succeeded
                    ? new GrantCreditsPayload(result.Value.Credits.Single(r => r.CertificateNumber == input.Command.CertificateNumber.Trim().ToUpperInvariant()), [])
                    : new GrantCreditsPayload(null, [result.Error]);
            });
}
