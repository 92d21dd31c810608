using System.Diagnostics.CodeAnalysis;

namespace OnePlusX.Outcomes;

/// <summary>The outcome of a command: the changed object, or the error that left everything unchanged.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CommandResult`1")]
public sealed record CommandResult<T>([property: Id(0)] T? Value, [property: Id(1)] CommandError? Error)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static CommandResult<T> Ok(T value) => new(value, null);

    public static CommandResult<T> Fail(CommandError error) => new(default, error);

    public static implicit operator CommandResult<T>(CommandError error) => Fail(error);

    public static implicit operator CommandResult<T>(T value) => Ok(value);
}
