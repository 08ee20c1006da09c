using System.Globalization;

namespace ServiceMedical.Analytics.Jobs;

/// <summary>A command line: words first (<c>bench ingest</c>), then <c>--name value</c> options and positional values.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandArguments(List<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var parsed = new CommandArguments(words);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"l'option {args[i]} attend une valeur");
                }

                parsed._options[args[i][2..]] = args[++i];
            }
            else
            {
                words.Add(args[i]);
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public int IntOption(string name, int fallback) =>
        Option(name) is { } text
            ? int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new UsageException($"--{name} attend un entier positif, pas « {text} »")
            : fallback;

    /// <summary>Refuses options the command does not know, so that a typo is not silently ignored.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = _options.Keys.Where(k => !names.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"option inconnue : --{unknown[0]}");
        }
    }
}

/// <summary>A command line that cannot be run; the message says why.</summary>
public sealed class UsageException(string message) : Exception(message);
