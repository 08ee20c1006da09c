using DuckDB.NET.Data;

// Test helper: another process that holds a DuckDB file open for writing (as the command line or a second
// node would) until its standard input closes, so that tests meet DuckDB's real file lock.
using var connection = new DuckDBConnection($"Data Source={args[0]}");
connection.Open();
Console.WriteLine("verrouillé");
Console.Out.Flush();
Console.In.ReadToEnd();
