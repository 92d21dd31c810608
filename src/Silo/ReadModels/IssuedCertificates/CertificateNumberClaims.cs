using System.Text.RegularExpressions;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.IssuedCertificates;

/// <summary>
/// A certificate number is unique across the service (it is what the public verifies, NAT-ISS-1). The read
/// model's primary key enforces it: before a project writes issued certificates to its state, it claims their
/// numbers by inserting their rows at version 0 (<c>ON CONFLICT (number) DO NOTHING</c>). A number is the
/// project's when the row now under it is this project's, for the same candidate (a retried issuance claims its
/// own numbers again). Another college's row is invisible under row-level security, so a taken number looks the
/// same whoever holds it. The projection then brings the claimed rows to the grain's version, and deletes claims
/// whose state write failed.
/// </summary>
internal sealed partial class CertificateNumberClaims(Database database)
{
    private const string Prefix = "Claim";

    /// <summary>The form numbers are stored and compared in: trimmed, upper-case.</summary>
    public static string Normalise(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>4–40 letters, digits or '-', starting with a letter or digit (after <see cref="Normalise"/>).</summary>
    public static bool IsWellFormed(string number) => NumberPattern().IsMatch(number);

    /// <summary>The project's certificates to claim; returns the numbers that are now the project's.</summary>
    public async Task<IReadOnlySet<string>> ClaimAsync(
        string tenant, string projectKey, string certificateCode, CertificateLevel level, string collegeName,
        IReadOnlyList<IssuedCertificateRows.Item> items, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
        {
            return new HashSet<string>();
        }

        var parameters = IssuedCertificateRows.Parameters(Prefix, tenant, projectKey, certificateCode, level, collegeName, items);
        await using var connection = await database.OpenAsync(AccessScope.Writing(tenant), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO issued_certificates ({IssuedCertificateRows.Columns})
            {IssuedCertificateRows.Select(database.Dialect, Prefix, "0")}
            WHERE true
            ON CONFLICT (number) DO NOTHING;
            """,
            parameters,
            cancellationToken: cancellationToken));
        var held = await connection.QueryAsync<(string Number, string ProjectKey, string CandidateKey)>(new CommandDefinition(
            $"SELECT number, project_key, candidate_key FROM issued_certificates WHERE tenant_id = @{Prefix}Tenant AND number IN ({IssuedCertificateRows.Numbers(database.Dialect, Prefix)})",
            parameters,
            cancellationToken: cancellationToken));
        var wanted = items.ToDictionary(i => i.Number, i => i.CandidateKey, StringComparer.Ordinal);
        return held.Where(h => h.ProjectKey == projectKey && wanted.TryGetValue(h.Number, out var candidate) && candidate == h.CandidateKey)
            .Select(h => h.Number)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{3,39}$")]
    private static partial Regex NumberPattern();
}
