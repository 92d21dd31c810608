using GraphQL.Types;
using OnePlusX.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Approvals;

public sealed class ApprovalStatusType : EnumerationGraphType<ApprovalStatus>
{
    public ApprovalStatusType()
    {
        Name = "ApprovalStatus";
        Description = "Where an item stands on its approval path (审批状态).";
        Values["DRAFT"]!.Description = "Being prepared, editable (草稿).";
        Values["SUBMITTED"]!.Description = "Waiting for the next approver (已提交).";
        Values["APPROVED"]!.Description = "Every approver agreed; locked (已批准).";
        Values["REJECTED"]!.Description = "Refused with a reason; may be revised and resubmitted (已驳回).";
        Values["WITHDRAWN"]!.Description = "Taken back before review; editable (已撤回).";
    }
}

public sealed class ApprovalActionType : EnumerationGraphType<ApprovalAction>
{
    public ApprovalActionType()
    {
        Name = "ApprovalAction";
        Description = "What happened on an approval path (审批动作).";
        Values["DRAFTED"]!.Description = "Created as a draft (创建).";
        Values["SUBMITTED"]!.Description = "Submitted for approval (提交).";
        Values["PASSED"]!.Description = "An approver agreed and passed it on (审核通过).";
        Values["APPROVED"]!.Description = "The last approver agreed (批准).";
        Values["REJECTED"]!.Description = "An approver refused it (驳回).";
        Values["WITHDRAWN"]!.Description = "The submitter took it back (撤回).";
        Values["REVISED"]!.Description = "Its content changed (修改).";
    }
}

public sealed class ApproverType : EnumerationGraphType<Approver>
{
    public ApproverType()
    {
        Name = "Approver";
        Description = "Who approves a step (审批人).";
        Values["SCHOOL"]!.Description = "The secondary college (二级学院).";
        Values["ACADEMIC_AFFAIRS_OFFICE"]!.Description = "The academic affairs office (教务处).";
        Values["LEADING_GROUP"]!.Description = "The college's pilot leading group (试点工作领导小组), recorded by 教务处.";
        Values["APPRAISAL_STATION"]!.Description = "The skill appraisal station (职业技能鉴定站), recorded by 教务处.";
        Values["PROVINCE"]!.Description = "The provincial education department (省级教育行政部门).";
    }
}

public sealed class ApprovalSubjectType : EnumerationGraphType<ApprovalSubject>
{
    public ApprovalSubjectType()
    {
        Name = "ApprovalSubject";
        Description = "What kind of item is approved (审批事项).";
        Values["ANNUAL_PLAN"]!.Description = "A secondary college's annual plan (年度计划).";
        Values["PROJECT_APPLICATION"]!.Description = "A certificate project application (项目申报).";
        Values["BUDGET_EXCEPTION"]!.Description = "An exception to the plan's scale or budget (超预算例外申请).";
        Values["CHANGE_REQUEST"]!.Description = "A change of a planned certificate (变更申请).";
        Values["STATION_APPLICATION"]!.Description = "An exam-station application (考核站点申请).";
        Values["COURSE_ADDITION"]!.Description = "An added X course (课程备案).";
        Values["TRAINING_PLAN"]!.Description = "A training plan and filing (培训计划/备案).";
        Values["EXAM_FILING"]!.Description = "An exam plan and filing (考核备案).";
        Values["EXTERNAL_CANDIDATE_ENROLMENT"]!.Description = "Enrolment of external candidates (社会学员报名).";
    }
}

public sealed class ApprovalEventType : ObjectGraphType<ApprovalEvent>
{
    public ApprovalEventType()
    {
        Name = "ApprovalEvent";
        Description = "One entry of an approval timeline: who did what, as which approver, when and why (审批记录).";
        Field<NonNullGraphType<ApprovalActionType>>("action").Description("What happened (动作).").Resolve(c => c.Source.Action);
        Field(e => e.Actor).Description("Who did it (操作人).");
        Field<ApproverType>("as").Description("The approver they acted as, for reviews (审批身份).").Resolve(c => c.Source.As);
        Field(e => e.At).Description("When (时间).");
        Field(e => e.Reason, nullable: true).Description("Why: required for a rejection, optional for an approval (意见).");
    }
}

public sealed class ApprovalType : ObjectGraphType<Approval>
{
    public ApprovalType()
    {
        Name = "Approval";
        Description = "An item's approval: its path from the college's policy, where it stands, and its whole timeline (审批).";
        Field<NonNullGraphType<ApprovalSubjectType>>("subject").Description("What is approved (事项).").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ApprovalStatusType>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApproverType>>>>("path").Description("The approvers, in order (审批路径).").Resolve(c => c.Source.Path);
        Field(a => a.StepsPassed).Description("How many approvers on the path have agreed (已通过步骤).");
        Field<ApproverType>("nextApprover").Description("Who acts next, while submitted (下一审批人).").Resolve(c => c.Source.NextApprover);
        Field(a => a.RejectionReason, nullable: true).Description("Why it was rejected, while rejected (驳回原因).");
        Field(a => a.Editable).Description("Whether its content may still change (可修改).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that set the path (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApprovalEventType>>>>("timeline").Description("Everything that happened, oldest first (审批记录).").Resolve(c => c.Source.Timeline);
    }
}

/// <summary>An approvable item as approvers see it in their lists (from the read model; the timeline from its grain).</summary>
public sealed class ApprovalItemType : NodeType<ApprovalRecord>
{
    public const string TypeName = "ApprovalItem";

    public ApprovalItemType()
        : base(TypeName, "An item waiting for, or past, approval: a project application, plan, change request, station, training or exam filing (待审事项).", ApprovalIds.Key)
    {
        Field("collegeCode", r => r.TenantId).Description("The college (院校代码).");
        Field(r => r.Item).Description("The item's name inside its owner, e.g. application or training:T1 (事项).");
        Field("ownerKey", r => r.TargetKey).Description("The owner's key: project, plan or station (所属对象).");
        Field(r => r.Title).Description("What it is, in one line (标题).");
        Field<NonNullGraphType<ApprovalSubjectType>>("subject").Description("What kind of item (事项类型).").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ApprovalStatusType>>("status").Description("Where it stands (状态).").Resolve(c => c.Source.Status);
        Field<ApproverType>("nextApprover").Description("Who acts next (下一审批人).").Resolve(c => c.Source.NextApprover);
        Field(r => r.RejectionReason, nullable: true).Description("Why it was rejected (驳回原因).");
        Field(r => r.SubmittedAt, nullable: true).Description("When it was last submitted (提交时间).");
        Field<ApprovalType>("detail")
            .Description("Its path and whole timeline (审批详情), read from its owner.")
            .ResolveAsync(async c => (await ApprovalTargets.GetAsync(c, c.Source))?.Approval);
    }
}

public sealed class ApprovalOrderType : EnumerationGraphType<ApprovalOrder>
{
    public ApprovalOrderType()
    {
        Name = "ApprovalOrder";
        Description = "How to order approvable items (排序).";
        Values["SUBMITTED_ASCENDING"]!.Description = "Longest waiting first, drafts last (按提交时间).";
        Values["UPDATED_DESCENDING"]!.Description = "Most recently changed first (按更新时间倒序).";
    }
}

public sealed class ApprovalFilterInputType : InputObjectGraphType<ApprovalFilter>
{
    public ApprovalFilterInputType()
    {
        Name = "ApprovalFilter";
        Description = "Which approvable items to list (筛选条件); all given conditions must hold.";
        Field<ApprovalStatusType>("status").Description("Status (状态).");
        Field<ApproverType>("nextApprover").Description("Who must act next (下一审批人).");
        Field<ApprovalSubjectType>("subject").Description("Kind of item (事项类型).");
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
        Field<StringGraphType>("ownerKey").Description("The owning project, plan or station (所属对象).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ApprovalFilter(
        value.TryGetValue("status", out var status) ? (ApprovalStatus?)status : null,
        value.TryGetValue("nextApprover", out var next) ? (Approver?)next : null,
        value.TryGetValue("subject", out var subject) ? (ApprovalSubject?)subject : null,
        value.Text("collegeCode"),
        value.Text("ownerKey"));
}
