using System.Data.Common;
using Dapper;
using OnePlusX.ReadModels;

namespace OnePlusX.Silo.ReadModels;

/// <summary>A row read with the window total <c>count(*) OVER ()</c> of the list it belongs to.</summary>
internal interface IPagedRow
{
    long Total { get; }
}

/// <summary>Filtered, ordered, paged reads shared by the read-model queries.</summary>
internal static class PagedSql
{
    /// <summary><c>WHERE scope AND a AND b …</c>: the caller's scope, then the conditions whose value was given.</summary>
    public static string Where(string scope, params (object? Value, string Condition)[] conditions) =>
        "WHERE " + string.Join(" AND ", conditions.Where(c => c.Value is not null).Select(c => c.Condition).Prepend(scope));

    /// <summary>
    /// One page and the total it was cut from in one round trip; a page past the end carries no window total, so
    /// only then is the total counted separately.
    /// </summary>
    public static async Task<Page<TRecord>> PageAsync<TRow, TRecord>(
        DbConnection connection, string columns, string table, string where, string orderBy, DynamicParameters filter, int offset, int limit, Func<TRow, TRecord> map)
        where TRow : IPagedRow
    {
        var parameters = new DynamicParameters(filter);
        parameters.Add("limit", limit);
        parameters.Add("offset", offset);
        var rows = (await connection.QueryAsync<TRow>(
            $"SELECT {columns}, count(*) OVER () AS Total FROM {table} {where} ORDER BY {orderBy} LIMIT @limit OFFSET @offset", parameters)).ToList();
        var total = rows.Count > 0 ? rows[0].Total : await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} {where}", filter);
        return new Page<TRecord>(rows.Select(map).ToList(), (int)total);
    }
}
