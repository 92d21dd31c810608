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
    /// <summary><c>WHERE a AND b …</c> over the conditions whose value was given; empty when none was.</summary>
    public static string Where(params (object? Value, string Condition)[] conditions)
    {
        var given = conditions.Where(c => c.Value is not null).Select(c => c.Condition).ToList();
        return given.Count == 0 ? "" : "WHERE " + string.Join(" AND ", given);
    }

    /// <summary>
    /// One page and the total it was cut from in one round trip; a page past the end carries no window total, so
    /// only then is the total counted separately.
    /// </summary>
    public static async Task<Page<TRecord>> PageAsync<TRow, TRecord>(
        DbConnection connection, string columns, string table, string where, string orderBy, object filter, int offset, int limit, Func<TRow, TRecord> map)
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
