using System.Globalization;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CreditBank;

/// <summary>
/// The credit bank's read model (NAT-CB-1): current records with their due day judged at read time, and the change
/// feed (see 0016_credit_bank.sql for why it has no gap and no duplicate on either database). Both filter by the
/// caller's scope, and on PostgreSQL row-level security checks it again.
/// </summary>
internal sealed class SqlCreditBankQueries(Database database) : ICreditBankQueries
{
    private bool Postgres => database.Dialect == StorageDialect.PostgreSQL;

    public async Task<CreditBankChanges> ChangesAsync(AccessScope scope, CreditBankCursor? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, ICreditBankQueries.MaxPage);
        var from = after ?? new CreditBankCursor(0, 0);

        // PostgreSQL: only changes of transactions below this statement's snapshot xmin, all of which have ended, in
        // (xid, id) order. SQLite: one writer at a time numbers changes in commit order, so the number alone is the order.
        // Each change comes with its record as this same statement sees it: the latest committed state (0016_credit_bank.sql).
        var (position, ready, order) = Postgres
            ? ("CAST(xid AS text)", "xid < pg_snapshot_xmin(pg_current_snapshot()) AND (xid, id) > (CAST(@AfterTransaction AS xid8), @AfterSequence)", "xid, id")
            : ("'0'", "id > @AfterSequence", "id");
        var parameters = ScopeSql.With(new { AfterTransaction = from.Transaction.ToString(CultureInfo.InvariantCulture), AfterSequence = from.Sequence, Take = limit + 1 }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = (await connection.QueryAsync<ChangeRow>(new CommandDefinition(
            $"""
            SELECT c.position AS TxId, c.id AS Sequence, c.changed_at AS ChangedAt, {Columns("r.")}
            FROM (SELECT {position} AS position, {order}, changed_at, tenant_id, certificate_number
                  FROM credit_record_changes
                  WHERE {ready} AND {ScopeSql.Condition(scope, "tenant_id")}
                  ORDER BY {order}
                  LIMIT @Take) c
            JOIN credit_records r ON r.tenant_id = c.tenant_id AND r.certificate_number = c.certificate_number
            ORDER BY {string.Join(", ", order.Split(", ").Select(o => "c." + o))}
            """,
            parameters,
            cancellationToken: cancellationToken))).ToList();

        var items = rows.Take(limit).Select(r => new CreditBankChange(
            new CreditBankCursor(ulong.Parse(r.TxId, CultureInfo.InvariantCulture), r.Sequence).Encode(),
            Sql.Instant(r.ChangedAt),
            Record(r))).ToList();
        return new CreditBankChanges(items, items.Count > 0 ? items[^1].Cursor : after?.Encode(), rows.Count > limit);
    }

    public async Task<Page<CreditBankRecord>> RecordsAsync(AccessScope scope, CreditRecordFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        var status = filter.Status switch
        {
            CreditRecordStatus.Due => $"proposed_on IS NULL AND due >= {Sql.Day(database.Dialect, "@AsOf")}",
            CreditRecordStatus.Overdue => $"proposed_on IS NULL AND due < {Sql.Day(database.Dialect, "@AsOf")}",
            CreditRecordStatus.Proposed => "proposed_on IS NOT NULL",
            _ => null,
        };
        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id"),
            (status, status ?? ""),
            (filter.CertificateCode, "certificate_code = @CertificateCode"),
            (filter.ProjectKey, "project_key = @ProjectKey"));
        var parameters = ScopeSql.With(new { AsOf = Sql.IsoDay(filter.AsOf), filter.CertificateCode, filter.ProjectKey }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<RecordRow, CreditBankRecord>(
            connection,
            Columns(),
            "credit_records",
            where,
            filter.NewestIssuedFirst ? "issued_on DESC, tenant_id, certificate_number" : "due, tenant_id, certificate_number",
            parameters,
            offset,
            limit,
            Record);
    }

    /// <summary>The record's columns (of the table named by <paramref name="t"/>, e.g. <c>r.</c>), as the text and numbers <see cref="RecordRow"/> reads on either database.</summary>
    private string Columns(string t = "")
    {
        var d = database.Dialect;
        return $"""
            {t}tenant_id AS TenantId, {t}certificate_number AS CertificateNumber, {t}project_key AS ProjectKey, {t}certificate_code AS CertificateCode,
            {Sql.Integer(d, $"{t}level")} AS Level, {t}holder_name AS HolderName, {t}student_number AS StudentNumber, {Sql.DayText(d, $"{t}issued_on")} AS IssuedOn,
            {Sql.MoneyText(d, $"{t}credits")} AS Credits, {t}category AS Category, {t}rule_ids AS RuleIds, {t}explanation_chinese AS ExplanationChinese,
            {t}explanation_english AS ExplanationEnglish, {Sql.DayText(d, $"{t}due")} AS Due, {Sql.DayText(d, $"{t}proposed_on")} AS ProposedOn, {t}version AS Version
            """;
    }

    private static CreditBankRecord Record(RecordRow r) => new(
        r.CertificateNumber,
        r.TenantId,
        r.ProjectKey,
        r.CertificateCode,
        (CertificateLevel)r.Level,
        r.HolderName,
        r.StudentNumber,
        Sql.ParseDay(r.IssuedOn),
        decimal.Parse(r.Credits, NumberStyles.Number, CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m, // without trailing zeros
        Enum.TryParse<CreditCategory>(r.Category, out var category) ? category : CreditCategory.None,
        r.RuleIds.Split(',', StringSplitOptions.RemoveEmptyEntries),
        new Explanation(r.ExplanationChinese, r.ExplanationEnglish),
        Sql.ParseDay(r.Due),
        r.ProposedOn is null ? null : Sql.ParseDay(r.ProposedOn),
        (int)r.Version);

    private class RecordRow : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string CertificateNumber { get; init; } = "";
        public string ProjectKey { get; init; } = "";
        public string CertificateCode { get; init; } = "";
        public long Level { get; init; }
        public string HolderName { get; init; } = "";
        public string? StudentNumber { get; init; }
        public string IssuedOn { get; init; } = "";
        public string Credits { get; init; } = "0";
        public string Category { get; init; } = "";
        public string RuleIds { get; init; } = "";
        public string ExplanationChinese { get; init; } = "";
        public string ExplanationEnglish { get; init; } = "";
        public string Due { get; init; } = "";
        public string? ProposedOn { get; init; }
        public long Version { get; init; }
        public long Total { get; init; }
    }

    private sealed class ChangeRow : RecordRow
    {
        public string TxId { get; init; } = "0";
        public long Sequence { get; init; }
        public object ChangedAt { get; init; } = "";
    }
}
