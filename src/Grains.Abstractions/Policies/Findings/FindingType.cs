namespace OnePlusX.Policies;

/// <summary>
/// Things the product records rather than decides: causes of exit and breaches that a person finds and enters.
/// Each maps to the rule that names it (see <c>Findings</c> in the policies assembly).
/// </summary>
public enum FindingType
{
    /// <summary>College: training or exams managed laxly.</summary>
    CollegeLaxManagement = 1,

    /// <summary>College: funds misused or students charged illegally.</summary>
    CollegeFundMisuse = 2,

    /// <summary>College: students forced into training or exams.</summary>
    CollegeForcedParticipation = 3,

    /// <summary>College: another breach of the rules.</summary>
    CollegeOtherViolation = 4,

    /// <summary>Organisation: exam fraud or serious breach of exam discipline.</summary>
    OrganisationExamFraud = 5,

    /// <summary>Organisation: overcharging or extra fees.</summary>
    OrganisationOvercharging = 6,

    /// <summary>Organisation: bundling equipment or software sales.</summary>
    OrganisationBundling = 7,

    /// <summary>Organisation: standards, materials or question banks not updated.</summary>
    OrganisationStaleStandards = 8,

    /// <summary>Organisation: reported problems not corrected.</summary>
    OrganisationUncorrectedProblems = 9,

    /// <summary>Organisation: requires colleges to buy designated equipment, software, courses or services.</summary>
    OrganisationRequiredPurchase = 10,

    /// <summary>Project funds not ring-fenced, or supervision by education, finance, audit or discipline bodies obstructed.</summary>
    FundsNotRingFenced = 11,
}
