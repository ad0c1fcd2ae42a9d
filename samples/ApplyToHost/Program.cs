System.Console.WriteLine("ApplyToHost: work in progress");
