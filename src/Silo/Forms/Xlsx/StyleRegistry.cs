using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Forms.Xlsx;

/// <summary>
/// Turns <see cref="CellStyle"/> values into styles.xml entries (fonts, borders, number formats, cell formats),
/// each distinct value once, indexes handed out in order of first use so the same form always gives the same file.
/// </summary>
internal sealed class StyleRegistry
{
    /// <summary>宋体 (SimSun), the face Chinese office forms are printed in.</summary>
    public const string FontName = "宋体";

    private readonly List<(double Size, bool Bold)> _fonts = [(11, false)];
    private readonly List<string> _formats = [];
    private readonly List<CellStyle> _styles = [CellStyle.Plain with { Wrap = false }];

    /// <summary>The index of the style's cell format (xf) in styles.xml.</summary>
    public uint IndexOf(CellStyle style)
    {
        var index = _styles.IndexOf(style);
        if (index < 0)
        {
            _styles.Add(style);
            index = _styles.Count - 1;
        }

        return (uint)index;
    }

    /// <summary>The stylesheet with every style handed out so far.</summary>
    public Stylesheet Build()
    {
        var xfs = _styles.Select(ToFormat).ToList(); // fills _fonts and _formats
        var stylesheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(_formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f }))
            {
                Count = (uint)_formats.Count,
            });
        }

        stylesheet.Append(
            new Fonts(_fonts.Select(f => Font(f.Size, f.Bold))) { Count = (uint)_fonts.Count },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), ThinBorder()) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(xfs) { Count = (uint)xfs.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private CellFormat ToFormat(CellStyle style)
    {
        var font = _fonts.IndexOf((style.FontSize, style.Bold));
        if (font < 0)
        {
            _fonts.Add((style.FontSize, style.Bold));
            font = _fonts.Count - 1;
        }

        uint numberFormat = 0;
        if (style.NumberFormat is { } code)
        {
            numberFormat = code switch
            {
                "0" => 1,
                "0.00" => 2,
                "#,##0.00" => 4,
                _ => NumberFormatId(code),
            };
        }

        return new CellFormat(new Alignment
        {
            Horizontal = style.Align switch
            {
                Align.Center => HorizontalAlignmentValues.Center,
                Align.Right => HorizontalAlignmentValues.Right,
                _ => HorizontalAlignmentValues.Left,
            },
            Vertical = style.Top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center,
            WrapText = style.Wrap ? true : null,
        })
        {
            NumberFormatId = numberFormat,
            FontId = (uint)font,
            FillId = 0,
            BorderId = style.Border ? 1u : 0u,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyBorder = style.Border ? true : null,
            ApplyAlignment = true,
        };
    }

    private uint NumberFormatId(string code)
    {
        var index = _formats.IndexOf(code);
        if (index < 0)
        {
            _formats.Add(code);
            index = _formats.Count - 1;
        }

        return (uint)(164 + index);
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 }, new FontScheme { Val = FontSchemeValues.None });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
