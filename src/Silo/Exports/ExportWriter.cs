using System.Data.Common;
using OnePlusX.Exports;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// Writes rows of typed cells straight to an output stream, one row at a time: nothing but the current row (and the
/// writer's own fixed-size buffer) is held, so memory stays the same for ten rows or ten million.
/// </summary>
internal abstract class ExportWriter : IAsyncDisposable
{
    /// <summary>A writer of <paramref name="format"/> over <paramref name="output"/>, which it does not close.</summary>
    public static ExportWriter For(ExportFormat format, Stream output, string sheetName) => format switch
    {
        ExportFormat.Csv => new CsvExportWriter(output),
        ExportFormat.JsonLines => new JsonLinesExportWriter(output),
        ExportFormat.Xlsx => new XlsxExportWriter(output, sheetName),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format."),
    };

    /// <summary>Starts the file: the header (CSV, XLSX) or nothing (JSON Lines).</summary>
    public abstract void Begin(IReadOnlyList<ExportColumn> columns);

    /// <summary>Writes the reader's current row, its columns in order (the reader may be sequential).</summary>
    public void WriteRow(DbDataReader reader, IReadOnlyList<ExportColumn> columns)
    {
        BeginRow();
        for (var i = 0; i < columns.Count; i++)
        {
            if (reader.IsDBNull(i))
            {
                Null(i);
                continue;
            }

            switch (columns[i].Kind)
            {
                case ExportColumnKind.Text:
                    Text(i, reader.GetString(i));
                    break;
                case ExportColumnKind.Integer:
                    Integer(i, reader.GetInt64(i));
                    break;
                case ExportColumnKind.Decimal:
                    Decimal(i, reader.GetDecimal(i));
                    break;
                case ExportColumnKind.Boolean:
                    Boolean(i, reader.GetBoolean(i));
                    break;
                case ExportColumnKind.Date:
                    Date(i, reader.GetFieldValue<DateOnly>(i));
                    break;
            }
        }

        EndRow();
    }

    /// <summary>Ends the file (closing elements, the workbook) and flushes it; the stream stays open.</summary>
    public abstract ValueTask EndAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected abstract void BeginRow();

    protected abstract void Null(int column);

    protected abstract void Text(int column, string value);

    protected abstract void Integer(int column, long value);

    protected abstract void Decimal(int column, decimal value);

    protected abstract void Boolean(int column, bool value);

    protected abstract void Date(int column, DateOnly value);

    protected abstract void EndRow();
}
