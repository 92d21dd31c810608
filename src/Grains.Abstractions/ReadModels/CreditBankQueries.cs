using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OnePlusX.CertificateProjects;
using OnePlusX.Policies;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>
/// A credit record of the credit bank (学分银行, NAT-CB-1) as the read model holds it: one per issued certificate,
/// with the credits the college's policy grants for it and the one-month proposal deadline.
/// </summary>
/// <param name="CertificateNumber">The certificate number, unique across the service.</param>
/// <param name="TenantId">The issuing college.</param>
/// <param name="ProjectKey">The project it was issued under.</param>
/// <param name="CertificateCode">The certificate of the catalogue.</param>
/// <param name="Level">Its level.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="StudentNumber">The holder's student number; null for an external candidate.</param>
/// <param name="IssuedOn">The issue (publication) day the deadline counts from.</param>
/// <param name="Credits">Credits the college's policy grants for the certificate (0 where it grants none of its own).</param>
/// <param name="Category">As which kind of credit.</param>
/// <param name="RuleIds">The rules that decided the credits.</param>
/// <param name="Explanation">Why, in both languages.</param>
/// <param name="Due">The last day the proposal is on time (NAT-CB-1).</param>
/// <param name="ProposedOn">When the college proposed it; null until then.</param>
/// <param name="Version">The project's state version that last changed the record.</param>
public sealed record CreditBankRecord(
    string CertificateNumber,
    string TenantId,
    string ProjectKey,
    string CertificateCode,
    CertificateLevel Level,
    string HolderName,
    string? StudentNumber,
    DateOnly IssuedOn,
    decimal Credits,
    CreditCategory Category,
    IReadOnlyList<string> RuleIds,
    Explanation Explanation,
    DateOnly Due,
    DateOnly? ProposedOn,
    int Version)
{
    /// <summary>Proposed after its due day, or not proposed and the due day is before <paramref name="asOf"/>.</summary>
    public bool OverdueOn(DateOnly asOf) => ProposedOn is { } proposed ? proposed > Due : Due < asOf;
}

/// <summary>
/// One change of a credit record, in feed order: its position (the cursor to resume after it), when it was written,
/// and the record as it stands when read — at or after the change, and for a record's last change its latest state.
/// </summary>
public sealed record CreditBankChange(string Cursor, DateTimeOffset ChangedAt, CreditBankRecord Record);

/// <summary>
/// A page of the change feed: the changes after the cursor asked for, in order; the cursor to ask after next (the
/// one asked for when the page is empty); and whether more changes were ready when the page was read.
/// </summary>
public sealed record CreditBankChanges(IReadOnlyList<CreditBankChange> Items, string? EndCursor, bool HasMore);

/// <summary>Which credit records a list holds, judged on a day.</summary>
public enum CreditRecordStatus
{
    /// <summary>Not proposed yet, due on or after the day asked about.</summary>
    Due = 1,

    /// <summary>Not proposed, and the due day has passed.</summary>
    Overdue = 2,

    /// <summary>Proposed (on time or late).</summary>
    Proposed = 3,
}

/// <summary>A credit-record list: conditions that are given are AND-ed; the status is judged on <paramref name="AsOf"/>.</summary>
public sealed record CreditRecordFilter(CreditRecordStatus? Status, string? CertificateCode, string? ProjectKey, DateOnly AsOf)
{
    /// <summary>Most recently issued first instead of earliest due first.</summary>
    public bool NewestIssuedFirst { get; init; }
}

/// <summary>
/// A position in the credit-bank change feed: the writing transaction's id (PostgreSQL <c>xid8</c>; 0 on SQLite) and
/// the change's own sequence number. Clients see it as opaque base64url text and hand it back unchanged.
/// </summary>
public readonly partial record struct CreditBankCursor(ulong Transaction, long Sequence)
{
    private const string Prefix = "cb1";

    /// <summary>The opaque text a client holds.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Transaction}:{Sequence}")));

    /// <summary>Reads a cursor this feed gave out; false for anything else (not base64url, another format, out of range).</summary>
    public static bool TryParse(string? text, out CreditBankCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var match = Shape().Match(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)));
        if (!match.Success
            || !ulong.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var transaction)
            || !long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        cursor = new CreditBankCursor(transaction, sequence);
        return true;
    }

    [GeneratedRegex("^cb1:([0-9]{1,20}):([0-9]{1,19})$")]
    private static partial Regex Shape();
}

/// <summary>The credit bank's read model: the records within the caller's scope, and the change feed integrations pull.</summary>
public interface ICreditBankQueries
{
    /// <summary>The largest page of changes a pull returns.</summary>
    const int MaxPage = 1000;

    /// <summary>
    /// Up to <paramref name="limit"/> changes after <paramref name="after"/> (from the start when null) within the scope,
    /// in feed order. A change is returned once the feed can no longer gain one before it: every change is returned
    /// exactly once to a reader that resumes from each page's end cursor, whatever the order writers commit in.
    /// </summary>
    Task<CreditBankChanges> ChangesAsync(AccessScope scope, CreditBankCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>The current records within the scope, earliest due first (or newest issued first).</summary>
    Task<Page<CreditBankRecord>> RecordsAsync(AccessScope scope, CreditRecordFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
