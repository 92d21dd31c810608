namespace OnePlusX.Silo.Forms.Xlsx;

/// <summary>A cell as laid out: a text or a number (or nothing, for a styled blank), and its style.</summary>
internal sealed record SheetCell(string? Text, decimal? Number, CellStyle Style);

/// <summary>A merged range, 1-based and inclusive.</summary>
internal sealed record MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>The range in A1 notation: <c>A2:F2</c>.</summary>
    public string Reference => $"{CellRef.Of(FirstRow, FirstColumn)}:{CellRef.Of(LastRow, LastColumn)}";
}

/// <summary>
/// One worksheet laid out in memory — cells, merges, widths, heights, print setup — before <see cref="XlsxWriter"/>
/// writes it. Rows and columns are 1-based; a form's layout code only ever talks to this type.
/// </summary>
internal sealed class SheetBuilder(string name, int columns)
{
    private readonly SortedDictionary<(int Row, int Column), SheetCell> _cells = new();
    private readonly List<MergedRange> _merges = [];
    private readonly SortedDictionary<int, double> _heights = new();
    private readonly double[] _widths = Enumerable.Repeat(10.0, columns).ToArray();

    /// <summary>The sheet's tab name.</summary>
    public string Name { get; } = name;

    /// <summary>How many columns the form spans (the title is merged across them, the print area covers them).</summary>
    public int Columns { get; } = columns;

    /// <summary>The last row written.</summary>
    public int LastRow { get; private set; }

    /// <summary>Rows frozen at the top when scrolling (0 for none).</summary>
    public int FrozenRows { get; set; }

    /// <summary>Rows repeated at the top of every printed page, e.g. the table heading.</summary>
    public (int First, int Last)? PrintTitleRows { get; set; }

    /// <summary>Landscape paper (wide tables) or portrait.</summary>
    public bool Landscape { get; set; }

    public IReadOnlyDictionary<(int Row, int Column), SheetCell> Cells => _cells;

    public IReadOnlyList<MergedRange> Merges => _merges;

    public IReadOnlyDictionary<int, double> Heights => _heights;

    public IReadOnlyList<double> Widths => _widths;

    /// <summary>Sets the widths of the columns from the first, in Excel character units.</summary>
    public void SetWidths(params double[] widths)
    {
        for (var i = 0; i < widths.Length && i < _widths.Length; i++)
        {
            _widths[i] = widths[i];
        }
    }

    public void Height(int row, double points) => _heights[row] = points;

    /// <summary>Writes text; characters XML cannot carry (control characters, lone surrogates) are dropped.</summary>
    public void Text(int row, int column, string? text, CellStyle style) => Put(row, column, new SheetCell(XmlSafe(text), null, style));

    public void Number(int row, int column, decimal value, CellStyle style) => Put(row, column, new SheetCell(null, value, style));

    /// <summary>A styled blank cell (a bordered table cell with nothing in it).</summary>
    public void Blank(int row, int column, CellStyle style) => Put(row, column, new SheetCell(null, null, style));

    /// <summary>
    /// Writes text across a merged range; every cell of the range gets the style, so a border is drawn around
    /// the whole range and not only its first cell.
    /// </summary>
    public void Merged(int row, int firstColumn, int lastColumn, string? text, CellStyle style, int lastRow = 0)
    {
        lastRow = Math.Max(row, lastRow);
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                Blank(r, c, style);
            }
        }

        Text(row, firstColumn, text, style);
        if (lastColumn > firstColumn || lastRow > row)
        {
            _merges.Add(new MergedRange(row, firstColumn, lastRow, lastColumn));
        }
    }

    private static string XmlSafe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private void Put(int row, int column, SheetCell cell)
    {
        if (row < 1 || column < 1 || column > Columns)
        {
            throw new ArgumentOutOfRangeException(nameof(column), $"Cell {row},{column} is outside the {Columns}-column form.");
        }

        _cells[(row, column)] = cell;
        LastRow = Math.Max(LastRow, row);
    }
}

/// <summary>A1 references.</summary>
internal static class CellRef
{
    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string Column(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    public static string Of(int row, int column) => $"{Column(column)}{row}";
}
