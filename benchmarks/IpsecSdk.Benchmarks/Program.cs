using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; pick with --filter, e.g. `--filter *Planning* --job short`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
