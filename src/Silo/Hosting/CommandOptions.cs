namespace OnePlusX.Silo.Hosting;

/// <summary>
/// The <c>--name value</c> (or <c>--name=value</c>) options of the silo's commands (<c>accounts …</c>, <c>dataset
/// load</c>). Configuration overrides (<c>--Section:Key value</c>, any name with a colon) are the host's and skipped. An
/// unknown option or one without a value is an error, said on standard error, never silently ignored.
/// </summary>
internal static class CommandOptions
{
    /// <summary>Each known option's values in the order given; null (after saying why) when the arguments are not valid.</summary>
    public static Dictionary<string, List<string>>? Parse(string[] args, string command, IReadOnlyCollection<string> known)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            var key = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            string value;
            if (key?.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
            {
                // --name=value is one argument.
                (key, value) = (key[..equals], key[(equals + 1)..]);
                i--;
            }
            else if (key is null || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"'{args[i]}' needs a value: --name value.");
                return null;
            }
            else
            {
                value = args[i + 1];
            }

            if (key.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            if (!known.Contains(key))
            {
                Console.Error.WriteLine($"'--{key}' is not an option of '{command}'; known: {string.Join(", ", known.Select(k => "--" + k))}.");
                return null;
            }

            if (!options.TryGetValue(key, out var values))
            {
                options[key] = values = [];
            }

            values.Add(value);
        }

        return options;
    }

    /// <summary>The option's first value, or <paramref name="fallback"/> when it was not given.</summary>
    public static string One(this Dictionary<string, List<string>> options, string key, string fallback = "") =>
        options.TryGetValue(key, out var values) ? values[0] : fallback;
}
