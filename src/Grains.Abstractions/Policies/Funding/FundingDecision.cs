namespace OnePlusX.Policies;

/// <summary>Who bears the cost of a registration.</summary>
public enum Payer
{
    /// <summary>学校: the college pays from one of its funds.</summary>
    College = 1,

    /// <summary>学生自费: the student pays.</summary>
    Student = 2,

    /// <summary>社会学员: the external candidate pays.</summary>
    ExternalCandidate = 3,
}

/// <summary>The fund a cost is paid from.</summary>
public enum Fund
{
    /// <summary>学校办学经费: the college's own funds (national baseline).</summary>
    CollegeFunds = 1,

    /// <summary>专项资金（国家财政拨款）: the public special fund in the teaching units' budget (JL-FUND-1).</summary>
    PublicSpecialFund = 2,

    /// <summary>学生资助经费: the student-aid fund (HB-FUND-2).</summary>
    StudentAidFund = 3,

    /// <summary>二级学院运行经费: the secondary college's operating budget (HB-FUND-2).</summary>
    SchoolOperatingBudget = 4,

    /// <summary>二级学院项目预算: the pilot budget allocated to the secondary college (SD-FUND-1).</summary>
    SchoolAllocatedBudget = 5,

    /// <summary>教育科技有限公司账户: the education company's account that collects and pays all fees (XM-FIN-1).</summary>
    EducationCompanyAccount = 6,

    /// <summary>考生缴费: paid by the candidate.</summary>
    CandidatePayment = 7,
}

/// <summary>One part of the price and where it is paid from.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FundingLine")]
public sealed record FundingLine(
    [property: Id(0)] Fund Fund,
    [property: Id(1)] string Component,
    [property: Id(2)] decimal Amount);

/// <summary>Who pays for a registration, from which funds, at which price, and which rules say so.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FundingDecision")]
public sealed record FundingDecision(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] Payer Payer,
    [property: Id(2)] IReadOnlyList<FundingLine> Lines,
    [property: Id(3)] IReadOnlyList<string> RuleIds,
    [property: Id(4)] Explanation Explanation,
    [property: Id(5)] IReadOnlyList<UsedParameter> Parameters)
{
    /// <summary>The whole price, in yuan.</summary>
    public decimal Total => Lines.Sum(l => l.Amount);
}
