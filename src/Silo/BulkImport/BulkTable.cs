namespace OnePlusX.Silo.BulkImport;

/// <summary>A read-model table rows of <typeparamref name="T"/> are imported into, with its columns in COPY order.</summary>
internal sealed class BulkTable<T>(string name, params BulkColumn<T>[] columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<BulkColumn<T>> Columns { get; } = columns;

    /// <summary>The column list, e.g. <c>tenant_id, name, …</c>.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>How far one table's import has come: rows written so far, of how many expected, since when.</summary>
public sealed record BulkProgress(string Table, long Rows, long? Expected, TimeSpan Elapsed, bool Done)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}
