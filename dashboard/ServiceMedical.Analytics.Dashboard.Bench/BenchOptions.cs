using System.Globalization;

namespace ServiceMedical.Analytics.Dashboard.Bench;

/// <summary><c>[--db FILE] [--changes N] [--sessions N]</c>; without <c>--db</c> the xl demo is written and loaded first.</summary>
internal sealed record BenchOptions(string? Database, int Changes, int Sessions)
{
    public static BenchOptions Parse(string[] args)
    {
        string? database = null;
        int changes = 30, sessions = 50;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} : valeur manquante");
            switch (args[i])
            {
                case "--db": database = value; break;
                case "--changes": changes = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--sessions": sessions = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"option inconnue : {args[i]} (--db FILE, --changes N, --sessions N)");
            }

            i++;
        }

        return new(database, Math.Max(30, changes), Math.Max(1, sessions));
    }
}
