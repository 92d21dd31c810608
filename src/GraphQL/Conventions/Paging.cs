using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types.Relay.DataObjects;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Relay cursor connections over offset pages: a cursor is the opaque, base64url-encoded position of an item in
/// the filtered and ordered list. <c>first</c>/<c>after</c> page forward, <c>last</c>/<c>before</c> backward.
/// </summary>
public static class Paging
{
    /// <summary>The most items one page may hold; also what the complexity analysis multiplies by.</summary>
    public const int MaxPageSize = 1000;

    public const int DefaultPageSize = 50;

    /// <summary>The window (offset, limit) a connection's arguments ask for, or an error naming the argument.</summary>
    /// <summary>
    /// Makes a connection field resolve through <see cref="ConnectionAsync"/>, reading its arguments as sent:
    /// GraphQL.NET's own connection context takes page sizes as absolute values and throws when both are given.
    /// </summary>
    public static void ResolveWith<T>(ConnectionBuilder<object?> field, Func<IResolveFieldContext, int, int, Task<Page<T>>> list) =>
        field.FieldType.Resolver = new FuncFieldResolver<object?>(async context =>
            await ConnectionAsync(context, (offset, limit) => list(context, offset, limit)));

    private static async Task<(int Offset, int Limit)> WindowAsync(IResolveFieldContext context, Func<Task<int>> total)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new ExecutionError("Use either 'first' or 'last', not both.") { Code = "INVALID_ARGUMENT" };
        }

        if (first is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"Argument 'first' must be between 0 and {MaxPageSize}.") { Code = "INVALID_ARGUMENT" };
        }

        if (last is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"Argument 'last' must be between 0 and {MaxPageSize}.") { Code = "INVALID_ARGUMENT" };
        }

        var after = Position(context.GetArgument<string?>("after"), "after");
        var before = Position(context.GetArgument<string?>("before"), "before");
        var start = after is { } a ? a + 1 : 0;
        if (last is { } count)
        {
            var end = before ?? await total();
            var from = Math.Max(start, end - count);
            return (from, Math.Max(0, end - from));
        }

        var limit = first ?? DefaultPageSize;
        if (before is { } b)
        {
            limit = Math.Min(limit, Math.Max(0, b - start));
        }

        return (start, limit);
    }

    /// <summary>
    /// Resolves a connection from a list query: the window from the arguments (counting first when <c>last</c> has
    /// no <c>before</c>), then one page.
    /// </summary>
    public static async Task<Connection<T>> ConnectionAsync<T>(IResolveFieldContext context, Func<int, int, Task<Page<T>>> list)
    {
        var (offset, limit) = await WindowAsync(context, async () => (await list(0, 0)).TotalCount);
        return ToConnection(await list(offset, limit), offset);
    }

    /// <summary>A connection for one page cut at <paramref name="offset"/>.</summary>
    public static Connection<T> ToConnection<T>(Page<T> page, int offset) => new()
    {
        TotalCount = page.TotalCount,
        Edges = page.Items.Select((item, i) => new Edge<T> { Node = item, Cursor = Cursor(offset + i) }).ToList(),
        PageInfo = new PageInfo
        {
            HasPreviousPage = offset > 0,
            HasNextPage = offset + page.Items.Count < page.TotalCount,
            StartCursor = page.Items.Count > 0 ? Cursor(offset) : null,
            EndCursor = page.Items.Count > 0 ? Cursor(offset + page.Items.Count - 1) : null,
        },
    };

    public static string Cursor(int position) =>
        System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"cursor:{position.ToString(CultureInfo.InvariantCulture)}"));

    private static int? Position(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length <= 64 && System.Buffers.Text.Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
            // Positions beyond any list (int.MaxValue) are not cursors we gave out, and would overflow the window arithmetic.
            if (text.StartsWith("cursor:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
            {
                return position;
            }
        }

        throw new ExecutionError($"Argument '{argument}' is not a cursor this list gave out.") { Code = "INVALID_CURSOR" };
    }
}
