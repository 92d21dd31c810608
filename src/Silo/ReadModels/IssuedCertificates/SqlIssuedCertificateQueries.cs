using System.Globalization;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Policies.Calendar;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.IssuedCertificates;

/// <summary>
/// Issued certificates from the read model: platform-entry deadlines (NAT-ISS-1) judged at read time against the
/// day asked about, within the caller's scope; and public verification by number and holder name, which on
/// PostgreSQL goes through <c>verify_certificate</c> (see 0011_issued_certificates.sql): an anonymous connection
/// sees no row of the table itself.
/// </summary>
internal sealed class SqlIssuedCertificateQueries(Database database) : IIssuedCertificateQueries
{
    /// <summary>The furthest a due-soon list looks ahead.</summary>
    public const int MaxWorkingDaysAhead = 60;

    private bool Postgres => database.Dialect == StorageDialect.PostgreSQL;

    public async Task<Page<IssuedCertificateRecord>> DeadlinesAsync(AccessScope scope, PlatformDeadlineFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        // Due soon: due between the day asked about and that many working days after it, on the official calendar.
        var horizon = WorkingDayCalendar.Official.AddWorkingDays(filter.AsOf, Math.Clamp(filter.WithinWorkingDays, 0, MaxWorkingDaysAhead)).Date;
        var status = filter.Status switch
        {
            PlatformDeadlineStatus.DueSoon => $"platform_entered_on IS NULL AND platform_due >= {Sql.Day(database.Dialect, "@AsOf")} AND platform_due <= {Sql.Day(database.Dialect, "@Horizon")}",
            PlatformDeadlineStatus.Overdue => $"platform_entered_on IS NULL AND platform_due < {Sql.Day(database.Dialect, "@AsOf")}",
            _ => "platform_entered_on IS NOT NULL",
        };
        var where = PagedSql.Where(ScopeSql.Condition(scope, "tenant_id"), (true, "version > 0"), (true, status));
        var parameters = ScopeSql.With(new { AsOf = Sql.IsoDay(filter.AsOf), Horizon = Sql.IsoDay(horizon) }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, IssuedCertificateRecord>(
            connection,
            $"""
            number AS Number, tenant_id AS TenantId, project_key AS ProjectKey, certificate_code AS CertificateCode,
            {Sql.Integer(database.Dialect, "level")} AS Level, holder_name AS HolderName, student_number AS StudentNumber, {Sql.DayText(database.Dialect, "issued_on")} AS IssuedOn,
            {Sql.DayText(database.Dialect, "platform_due")} AS PlatformDue, {Sql.Integer(database.Dialect, "platform_due_provisional")} AS Provisional, {Sql.DayText(database.Dialect, "platform_entered_on")} AS EnteredOn
            """,
            "issued_certificates",
            where,
            filter.NewestIssuedFirst ? "issued_on DESC, tenant_id, number" : "platform_due, tenant_id, number",
            parameters,
            offset,
            limit,
            r => new IssuedCertificateRecord(r.Number, r.TenantId, r.ProjectKey, r.CertificateCode, (CertificateLevel)r.Level, r.HolderName, r.StudentNumber,
                Sql.ParseDay(r.IssuedOn), Sql.ParseDay(r.PlatformDue), r.Provisional != 0, r.EnteredOn is null ? null : Sql.ParseDay(r.EnteredOn)));
    }

    public async Task<CertificateVerificationRecord?> VerifyAsync(string number, string holderName, CancellationToken cancellationToken)
    {
        var wanted = CertificateNumberClaims.Normalise(number);
        var name = (holderName ?? "").Trim();
        if (!CertificateNumberClaims.IsWellFormed(wanted) || name.Length is 0 or > 50 || Sql.HasNul(name))
        {
            return null;
        }

        var source = Postgres
            ? "verify_certificate(@Number, @Name)"
            : "issued_certificates WHERE number = @Number AND holder_name = @Name AND version > 0";
        await using var connection = await database.OpenAsync(AccessScope.Public, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<VerificationRow>(new CommandDefinition(
            $"""
            SELECT number AS Number, holder_name AS HolderName, certificate_code AS CertificateCode, {Sql.Integer(database.Dialect, "level")} AS Level,
                college_name AS CollegeName, {Sql.DayText(database.Dialect, "issued_on")} AS IssuedOn
            FROM {source}
            """,
            new { Number = wanted, Name = name },
            cancellationToken: cancellationToken));
        return row is null ? null : new CertificateVerificationRecord(row.Number, row.HolderName, row.CertificateCode, (CertificateLevel)row.Level, row.CollegeName, Sql.ParseDay(row.IssuedOn));
    }

    private sealed class Row : IPagedRow
    {
        public string Number { get; init; } = "";
        public string TenantId { get; init; } = "";
        public string ProjectKey { get; init; } = "";
        public string CertificateCode { get; init; } = "";
        public long Level { get; init; }
        public string HolderName { get; init; } = "";
        public string? StudentNumber { get; init; }
        public string IssuedOn { get; init; } = "";
        public string PlatformDue { get; init; } = "";
        public long Provisional { get; init; }
        public string? EnteredOn { get; init; }
        public long Total { get; init; }
    }

    private sealed class VerificationRow
    {
        public string Number { get; init; } = "";
        public string HolderName { get; init; } = "";
        public string CertificateCode { get; init; } = "";
        public long Level { get; init; }
        public string CollegeName { get; init; } = "";
        public string IssuedOn { get; init; } = "";
    }
}
