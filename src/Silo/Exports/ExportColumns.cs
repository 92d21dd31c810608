namespace OnePlusX.Silo.Exports;

/// <summary>How a column's values are typed in every format (docs/exports.md, "Types").</summary>
internal enum ExportColumnKind
{
    /// <summary>Text, as stored.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>An exact decimal (yuan, scores), as stored.</summary>
    Decimal,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A calendar day, yyyy-MM-dd.</summary>
    Date,
}

/// <summary>One documented column of an export: its name in the file, its type, and what it means (English and Chinese).</summary>
internal sealed record ExportColumn(string Name, ExportColumnKind Kind, string Meaning, string Chinese)
{
    public static ExportColumn Text(string name, string meaning, string chinese) => new(name, ExportColumnKind.Text, meaning, chinese);

    public static ExportColumn Integer(string name, string meaning, string chinese) => new(name, ExportColumnKind.Integer, meaning, chinese);

    public static ExportColumn Decimal(string name, string meaning, string chinese) => new(name, ExportColumnKind.Decimal, meaning, chinese);

    public static ExportColumn Boolean(string name, string meaning, string chinese) => new(name, ExportColumnKind.Boolean, meaning, chinese);

    public static ExportColumn Date(string name, string meaning, string chinese) => new(name, ExportColumnKind.Date, meaning, chinese);
}
