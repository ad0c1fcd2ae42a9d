System.Console.WriteLine("Quickstart: work in progress");
