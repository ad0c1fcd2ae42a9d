System.Console.WriteLine("Benchmarks: work in progress");
