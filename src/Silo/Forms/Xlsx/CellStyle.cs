namespace OnePlusX.Silo.Forms.Xlsx;

/// <summary>Horizontal alignment of a cell's text.</summary>
internal enum Align
{
    Left,
    Center,
    Right,
}

/// <summary>
/// How a cell looks: font size and weight, alignment, wrapping, a thin border on all sides, and a number format.
/// Styles are values; <see cref="StyleRegistry"/> turns each distinct one into an index in styles.xml.
/// </summary>
internal sealed record CellStyle(
    double FontSize = 11,
    bool Bold = false,
    Align Align = Align.Left,
    bool Wrap = true,
    bool Border = false,
    string? NumberFormat = null,
    bool Top = false)
{
    /// <summary>The workbook's default: 11 pt, left, no border.</summary>
    public static CellStyle Plain { get; } = new();

    /// <summary>The form's title: 16 pt bold, centred.</summary>
    public static CellStyle Title { get; } = new(FontSize: 16, Bold: true, Align: Align.Center);

    /// <summary>"附件N" above the title.</summary>
    public static CellStyle Attachment { get; } = new(Bold: true, Wrap: false);

    /// <summary>A label inside the table: bold, centred, bordered.</summary>
    public static CellStyle Label { get; } = new(Bold: true, Align: Align.Center, Border: true);

    /// <summary>A text value inside the table: bordered, centred.</summary>
    public static CellStyle Value { get; } = new(Align: Align.Center, Border: true);

    /// <summary>A long text value inside the table: bordered, left-aligned.</summary>
    public static CellStyle LeftValue { get; } = new(Border: true);

    /// <summary>A block written from its top (opinion boxes), bordered.</summary>
    public static CellStyle Box { get; } = new(Border: true, Top: true);

    /// <summary>Yuan to the fen with thousands separators: 1,234.50.</summary>
    public static CellStyle Yuan { get; } = new(Align: Align.Right, Border: true, NumberFormat: "#,##0.00");

    /// <summary>Bold yuan for totals.</summary>
    public static CellStyle YuanTotal { get; } = new(Bold: true, Align: Align.Right, Border: true, NumberFormat: "#,##0.00");

    /// <summary>A quantity as Excel's General shows it: 8, 3.5.</summary>
    public static CellStyle Quantity { get; } = new(Align: Align.Center, Border: true);

    /// <summary>A quantity followed by its unit (8 学时, 2 天, 1 场), the value staying a number.</summary>
    public static CellStyle QuantityIn(string unit) =>
        string.IsNullOrWhiteSpace(unit) ? Quantity : Quantity with { NumberFormat = $"General\" {unit.Replace("\"", "", StringComparison.Ordinal).Trim()}\"" };

    /// <summary>A coefficient with at least one decimal: 1.0, 1.1, 1.15.</summary>
    public static CellStyle Coefficient { get; } = new(Align: Align.Center, Border: true, NumberFormat: "0.0#");

    /// <summary>A whole number (序号, 人数).</summary>
    public static CellStyle Whole { get; } = new(Align: Align.Center, Border: true, NumberFormat: "0");

    /// <summary>Small print below the table (notes, parameter block without borders).</summary>
    public static CellStyle Note { get; } = new(FontSize: 10);

    /// <summary>A signature or date line.</summary>
    public static CellStyle Signature { get; } = new(Wrap: false);
}
