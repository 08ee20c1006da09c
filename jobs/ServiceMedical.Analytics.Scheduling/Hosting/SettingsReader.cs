using Microsoft.Extensions.Configuration;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>
/// Reads configuration sections setting by setting and keeps every problem, named with its key, so that a start
/// refused for bad settings names all of them at once (not the first, then the next on the following try).
/// </summary>
public sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _problems = [];

    public IConfiguration Configuration => configuration;

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// The section bound to <typeparamref name="T"/>: a value that cannot be read is one problem (its default kept) and
    /// the others are still read; then <paramref name="check"/>'s problems, when the section's values are readable.
    /// </summary>
    public T Section<T>(string section, Func<T, IEnumerable<string>>? check = null) where T : new()
    {
        var target = new T();
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            var setting = configuration.GetSection($"{section}:{property.Name}");
            if (!setting.Exists())
            {
                continue;
            }

            try
            {
                property.SetValue(target, setting.Get(property.PropertyType));
            }
            catch (InvalidOperationException)
            {
                _problems.Add($"{section}:{property.Name} : valeur illisible « {setting.Value} » (attendu : {Expected(property.PropertyType)})");
            }
        }

        if (check is not null)
        {
            _problems.AddRange(check(target));
        }

        return target;
    }

    public void Add(string problem) => _problems.Add(problem);

    /// <summary>A <see cref="ConfigurationProblemsException"/> listing every problem found, if any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new ConfigurationProblemsException([.. _problems]);
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) => "un entier",
        _ when type == typeof(bool) => "true ou false",
        _ when type == typeof(TimeSpan) => "une durée hh:mm:ss",
        _ when type == typeof(int[]) => "une liste d'entiers",
        _ => type.Name,
    };
}

/// <summary>Settings that cannot be used: each problem names its configuration key.</summary>
public sealed class ConfigurationProblemsException(IReadOnlyList<string> problems)
    : Exception("Configuration non valide :" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
