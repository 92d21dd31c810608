namespace OnePlusX.GraphQL.Conventions;

/// <summary>Reading parsed input objects.</summary>
public static class InputValues
{
    /// <summary>The string value of an input field, or null when absent or null.</summary>
    public static string? Text(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value as string : null;
}
