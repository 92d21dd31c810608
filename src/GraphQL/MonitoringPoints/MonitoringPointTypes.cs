using GraphQL.Types;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.MonitoringPoints;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.MonitoringPoints;

/// <summary>国家监测点.</summary>
public sealed class MonitoringPointType : ObjectGraphType<MonitoringPoint>
{
    public MonitoringPointType()
    {
        Name = "MonitoringPoint";
        Description = "A pilot college designated by national monitoring as a monitoring point of a certificate (国家监测点, NAT-MON-1).";
        Field(p => p.CertificateCode).Description("The certificate's code (证书代码).");
        Field<CertificateType>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field(p => p.CollegeCode).Description("The college's code (院校代码).");
        Field(p => p.CollegeName).Description("The college's name when designated (院校名称).");
        Field<CollegeType>("college").Description("The college, when the caller's scope shows it (院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.CollegeCode));
        Field<ProvinceType>("province").Description("The college's province (所在省份).").Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field(p => p.DesignatedAt).Description("When it was designated (指定时间).");
        Field(p => p.DesignatedBy).Description("Who designated it (指定人).");
        Field(p => p.Reason).Description("Why (指定理由).");
    }
}

public sealed class MonitoringPointActionType : EnumerationGraphType<MonitoringPointAction>
{
    public MonitoringPointActionType()
    {
        Name = "MonitoringPointAction";
        Description = "What a change did to a college (变更类型).";
        Values["ADDED"]!.Description = "Designated as a monitoring point (增设).";
        Values["REMOVED"]!.Description = "No longer a monitoring point (撤销).";
    }
}

/// <summary>监测点变更记录.</summary>
public sealed class MonitoringPointChangeType : ObjectGraphType<MonitoringPointChange>
{
    public MonitoringPointChangeType()
    {
        Name = "MonitoringPointChange";
        Description = "One change of a certificate's monitoring points: a college added or removed, by whom, when and why (监测点变更记录, NAT-MON-1).";
        Field(p => p.CertificateCode).Description("The certificate's code (证书代码).");
        Field(p => p.Sequence).Description("The change's number within the certificate's history, from 1 (序号).");
        Field(p => p.CollegeCode).Description("The college's code (院校代码).");
        Field(p => p.CollegeName).Description("The college's name (院校名称).");
        Field<ProvinceType>("province").Description("The college's province (所在省份).").Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field<NonNullGraphType<MonitoringPointActionType>>("action").Description("Added or removed (变更类型).").Resolve(c => c.Source.Action);
        Field(p => p.At).Description("When (变更时间).");
        Field(p => p.Actor).Description("Who (操作人).");
        Field(p => p.Reason).Description("Why (变更理由).");
    }
}

public sealed class MonitoringPointFilterInputType : InputObjectGraphType<MonitoringPointFilter>
{
    public MonitoringPointFilterInputType()
    {
        Name = "MonitoringPointFilter";
        Description = "Which monitoring points or changes to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("certificateCode").Description("The certificate (证书代码).");
        Field<StringGraphType>("provinceCode").Description("The college's province (省份代码).");
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MonitoringPointFilter(value.Text("certificateCode"), value.Text("provinceCode"), value.Text("collegeCode"));
}

public sealed class MonitoringPointOrderType : EnumerationGraphType<MonitoringPointOrder>
{
    public MonitoringPointOrderType()
    {
        Name = "MonitoringPointOrder";
        Description = "How to order monitoring points (排序).";
        Values["CERTIFICATE_ASCENDING"]!.Description = "By certificate, province, then college (按证书).";
        Values["DESIGNATED_DESCENDING"]!.Description = "The most recently designated first (按指定时间倒序).";
    }
}

public sealed class DesignateMonitoringPointsInputType : InputObjectGraphType<DesignateInput>
{
    public DesignateMonitoringPointsInputType()
    {
        Name = "DesignateMonitoringPointsInput";
        Description = $"Colleges to add to and remove from a certificate's monitoring points, with the reason (指定监测点); about {MonitoringPointSet.Guidance} per certificate is the guidance, {MonitoringPointSet.MaxPoints} the most.";
        Field<NonNullGraphType<StringGraphType>>("certificateCode").Description("The certificate (证书代码).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("add").Description("College codes to designate (增设院校).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("remove").Description("College codes to stop monitoring (撤销院校).");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, kept in the history; at most 500 characters (理由).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DesignateInput(
        (string)value["certificateCode"]!,
        new DesignateMonitoringPoints(Codes(value, "add"), Codes(value, "remove"), (string)value["reason"]!));

    private static List<string> Codes(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var list) && list is IEnumerable<object?> items ? items.OfType<string>().ToList() : [];
}

/// <summary>A designation with the certificate whose points it changes.</summary>
public sealed record DesignateInput(string CertificateCode, DesignateMonitoringPoints Command);

/// <summary>The certificate's points after a change, and the change's history entries, or why nothing changed.</summary>
public sealed record DesignatePayload(MonitoringPointSet? Set, IReadOnlyList<MonitoringPointChange> Changes, IReadOnlyList<CommandError> Errors);

public sealed class DesignateMonitoringPointsPayloadType : ObjectGraphType<DesignatePayload>
{
    public DesignateMonitoringPointsPayloadType()
    {
        Name = "DesignateMonitoringPointsPayload";
        Description = "A certificate's monitoring points after a change, with what it changed, or why nothing changed (指定结果).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonitoringPointType>>>>("points")
            .Description("The certificate's monitoring points after the change, by college code; empty when nothing changed (监测点).")
            .Resolve(c => c.Source.Set?.Points ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonitoringPointChangeType>>>>("changes")
            .Description("This change's history entries (本次变更).")
            .Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<BooleanGraphType>>("aboveGuidance")
            .Description($"True when the certificate has more than about {MonitoringPointSet.Guidance} points, the guidance (超出指导数量).")
            .Resolve(c => c.Source.Set?.AboveGuidance ?? false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
