using System.Globalization;
using ServiceMedical.Analytics.Jobs;

// Messages in French, the command line's own (help, errors) too.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
return CommandLine.Run(args, Console.Out, Console.Error, TimeProvider.System);
