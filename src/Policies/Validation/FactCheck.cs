using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Validation;

/// <summary>
/// Checks of facts handed to a policy. Each returns the first problem as a validation error naming the field
/// (in the GraphQL input's spelling, e.g. <c>sittings[1].end</c>), or null.
/// </summary>
internal static class FactCheck
{
    public static CommandError? First(params IEnumerable<CommandError?> checks) => checks.FirstOrDefault(c => c is not null);

    /// <summary>Larger quantities (hours, days, students) are typing mistakes, and would overflow money sums.</summary>
    public const decimal MaxQuantity = 100_000m;

    /// <summary>Larger amounts are typing mistakes; no pilot project handles a hundred million yuan.</summary>
    public const decimal MaxAmount = 100_000_000m;

    public static CommandError? Positive(decimal value, string field) =>
        value <= 0 ? CommandError.Invalid(field, $"{field} must be greater than 0 (got {value}).")
        : value > MaxQuantity ? CommandError.Invalid(field, $"{field} is implausibly large ({value}); at most {MaxQuantity}.")
        : null;

    public static CommandError? NotNegative(decimal value, string field) =>
        value < 0 ? CommandError.Invalid(field, $"{field} must not be negative (got {value}).")
        : value > MaxQuantity ? CommandError.Invalid(field, $"{field} is implausibly large ({value}); at most {MaxQuantity}.")
        : null;

    public static CommandError? Amount(decimal value, string field) =>
        value < 0 ? CommandError.Invalid(field, $"{field} must not be negative (got {value}).")
        : value > MaxAmount ? CommandError.Invalid(field, $"{field} is implausibly large ({value}); at most {MaxAmount} yuan.")
        : !Money.HasAtMostTwoDecimals(value) ? CommandError.Invalid(field, $"{field} has more than two decimals ({value}); amounts are yuan to the fen.")
        : null;

    public static CommandError? Level(CertificateLevel level, string field) =>
        Enum.IsDefined(level) ? null : CommandError.Invalid(field, $"{(int)level} is not a certificate level (1 初级, 2 中级, 3 高级).");

    public static CommandError? Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? null : CommandError.Invalid(field, $"'{value}' is not a valid {typeof(T).Name}.");

    public static CommandError? Span(DateTimeOffset start, DateTimeOffset end, string field) =>
        end > start ? null : CommandError.Invalid(field, $"{field} ({end:yyyy-MM-dd HH:mm}) must be after the start ({start:yyyy-MM-dd HH:mm}).");

    public static CommandError? Span(DateOnly start, DateOnly end, string field) =>
        end >= start ? null : CommandError.Invalid(field, $"{field} ({end:yyyy-MM-dd}) must not be before the start ({start:yyyy-MM-dd}).");

    public static CommandError? Year(int year, string field) =>
        year is >= 2019 and <= 2100 ? null : CommandError.Invalid(field, $"{year} is outside the pilot years (2019–2100).");

    public static CommandError? Required(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? CommandError.Invalid(field, $"{field} is required.") : null;

    public static CommandError? Each<T>(IReadOnlyList<T>? items, string field, Func<T, string, CommandError?> check)
    {
        if (items is null)
        {
            return CommandError.Invalid(field, $"{field} is required.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return CommandError.Invalid($"{field}[{i}]", $"{field}[{i}] is empty.");
            }

            if (check(items[i], $"{field}[{i}]") is { } error)
            {
                return error;
            }
        }

        return null;
    }

    public static CommandError? ExamPrice(ExamPrice? price, string field) =>
        price is null
            ? CommandError.Invalid(field, $"{field} is required.")
            : First(
                Amount(price.EquipmentAndConsumables, $"{field}.equipmentAndConsumables"),
                Amount(price.CertificateFee, $"{field}.certificateFee"),
                Amount(price.ExaminerLabour, $"{field}.examinerLabour"));

    public static CommandError? Sitting(ExamSitting sitting, string field) =>
        First(
            Required(sitting.Room, $"{field}.room"),
            Year(sitting.Start.UtcDateTime.Year, $"{field}.start"),
            Year(sitting.End.UtcDateTime.Year, $"{field}.end"),
            Span(sitting.Start, sitting.End, $"{field}.end"));

    public static CommandError? Worker(ExamWorker worker, string field) =>
        First(
            Required(worker.Name, $"{field}.name"),
            Defined(worker.Role, $"{field}.role"),
            NotNegative(worker.Days, $"{field}.days"),
            Each(worker.Sittings, $"{field}.sittings", Sitting));
}
