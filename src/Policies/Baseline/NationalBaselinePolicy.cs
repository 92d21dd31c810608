using OnePlusX.Outcomes;
using OnePlusX.Policies.Calendar;
using OnePlusX.Policies.Parameters;

namespace OnePlusX.Policies.Baseline;

/// <summary>
/// The national guidance (教职成厅函〔2019〕19号) that every college without a school plugin follows, and the base
/// every school plugin extends: where a school's text is silent its plugin inherits these decisions; where it is
/// stricter it overrides them. Each public method checks the facts, resolves the tenant's parameters on the
/// facts' day, then asks a protected hook for the decision.
/// </summary>
public partial class NationalBaselinePolicy : IPilotPolicy
{
    private IReadOnlyList<ParameterDefinition>? _parameters;
    private ParameterResolver? _resolver;

    /// <summary>A baseline on the official working-day calendar.</summary>
    public NationalBaselinePolicy()
        : this(WorkingDayCalendar.Official)
    {
    }

    /// <summary>A baseline on the given working-day calendar.</summary>
    public NationalBaselinePolicy(WorkingDayCalendar calendar) => Calendar = calendar;

    public virtual string Code => IPolicyCatalog.BaselineCode;

    public virtual Explanation Source =>
        new("教育部办公厅等《关于推进1+X证书制度试点工作的指导意见》（教职成厅函〔2019〕19号）", "National guidance on the 1+X pilot (MOE 2019 No. 19)");

    public IReadOnlyList<ParameterDefinition> Parameters => _parameters ??= Define.Merge(NationalParameters.All, SchoolParameters);

    private ParameterResolver Resolver => _resolver ??= new ParameterResolver(Parameters);

    /// <summary>The working-day calendar deadlines count on.</summary>
    protected WorkingDayCalendar Calendar { get; }

    /// <summary>A school plugin's own parameters; a key equal to a baseline key replaces the baseline's default.</summary>
    protected virtual IReadOnlyList<ParameterDefinition> SchoolParameters => [];

    public CommandError? ValidateParameter(ParameterValue value) =>
        value is null ? CommandError.Invalid("input", "A parameter value is required.") : Resolver.Validate(value);

    public CommandResult<IReadOnlyList<PolicyParameterInForce>> ParametersInForce(ParameterSchedule parameters, DateOnly on)
    {
        var resolved = Resolver.Resolve(parameters, on, "on");
        return resolved.Succeeded ? CommandResult<IReadOnlyList<PolicyParameterInForce>>.Ok(resolved.Value.All) : resolved.Error;
    }

    /// <summary>Checks the facts, resolves parameters on <paramref name="on"/>, then decides.</summary>
    private protected CommandResult<T> Evaluate<T>(
        CommandError? invalid, ParameterSchedule schedule, DateOnly on, string dateField, Func<ParameterSet, T> decide) =>
        EvaluateOrRefuse(invalid, schedule, on, dateField, p => CommandResult<T>.Ok(decide(p)));

    /// <summary>Like <see cref="Evaluate{T}"/> for decisions that may also refuse with a command error.</summary>
    private protected CommandResult<T> EvaluateOrRefuse<T>(
        CommandError? invalid, ParameterSchedule schedule, DateOnly on, string dateField, Func<ParameterSet, CommandResult<T>> decide)
    {
        if (invalid is not null)
        {
            return invalid;
        }

        var resolved = Resolver.Resolve(schedule, on, dateField);
        return resolved.Succeeded ? decide(resolved.Value) : resolved.Error;
    }

    private protected static CommandError Missing(string field) => CommandError.Invalid(field, $"{field} is required.");

    /// <summary>"第二个" / "second" for a certificate's place among a student's certificates.</summary>
    protected static (string Chinese, string English) Ordinal(int n)
    {
        string[] zh = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        string[] en = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        return n is >= 1 and <= 10 ? ($"第{zh[n]}个", en[n]) : ($"第{n}个", $"{n}th");
    }
}
