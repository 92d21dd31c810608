using System.Globalization;
using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Grains.CostCaps;

/// <summary>
/// NAT-COST-1 as the project grain applies it: every agreed fee and every exam's per-candidate cost is checked against
/// the certificate's cost cap. An agreed fee above the cap in force on the day it is entered is refused. An exam's
/// cost is what the college pays its own workers at its own rates for work done, known once its fee table (附件4) is
/// computed after approval; it is not refused but projected, and the over-cap view flags it.
/// </summary>
internal static class CostCapRule
{
    /// <summary>The cap in force for a certificate and level on a day, from the national table.</summary>
    public static Task<CostCap?> InForceAsync(IGrainFactory grains, string certificateCode, CertificateLevel level, DateOnly day) =>
        grains.GetGrain<ICostCapGrain>(certificateCode).InForceAsync(level, day);

    /// <summary>A refusal (NAT-COST-1) when the agreed fee per candidate is above the cap; null when within it or when no cap is set.</summary>
    public static CommandError? AgreedFeeRefusal(CostCap? cap, ExamPrice price)
    {
        if (cap is null || price.Total <= cap.Cap)
        {
            return null;
        }

        var since = cap.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var total = price.Total.ToString(CultureInfo.InvariantCulture);
        var limit = cap.Cap.ToString(CultureInfo.InvariantCulture);
        return CommandError.Refused(PolicyDecision.Refuse(
            $"考核费用每人{total}元，超过{since}起执行的考核成本上限{limit}元{(cap.Sample ? "（示例值，非官方）" : "")}",
            $"The agreed fee of {total} yuan per candidate is above the cost cap of {limit} yuan in force since {since}{(cap.Sample ? " (a sample value, not official)" : "")}",
            "NAT-COST-1"));
    }
}
