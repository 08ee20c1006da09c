using System.CommandLine;
using System.Globalization;

namespace ServiceMedical.Analytics.Jobs;

/// <summary>The options several commands share, and how a value is checked, with French messages.</summary>
public static class CommandOptions
{
    /// <summary><c>--db FICHIER</c>: the database; by default <c>Database:Path</c> of the configuration.</summary>
    public static Option<string?> Database() =>
        Text("--db", "FICHIER", "base DuckDB (par défaut : Database:Path de appsettings.json ou la variable Database__Path)");

    public static Option<string?> Text(string name, string helpName, string description) => new(name) { HelpName = helpName, Description = description };

    /// <summary>An option the command cannot run without; missing, the command's own message is given.</summary>
    public static Option<string?> Required(this Command command, Option<string?> option, string message)
    {
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                result.AddError(message);
            }
        });
        return option;
    }

    /// <summary>A whole number above zero (<c>5_000_000</c> is read as 5000000).</summary>
    public static Option<int> PositiveInteger(string name, int fallback, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }

            result.AddError($"{name} attend un entier positif, pas « {text} »");
            return 0;
        },
    };

    /// <summary>One of the values given, named in the message when another is given.</summary>
    public static Option<string?> OneOf(string name, string description, params string[] values)
    {
        var option = Text(name, string.Join('|', values), description);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !values.Contains(result.Tokens[0].Value))
            {
                result.AddError($"{name} attend {string.Join(" ou ", values)}, pas « {result.Tokens[0].Value} »");
            }
        });
        return option;
    }
}
