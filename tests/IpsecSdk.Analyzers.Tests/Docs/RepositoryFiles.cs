using System;
using System.IO;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>Reads and (in update mode) writes files of the repository the tests run from.</summary>
    internal static class RepositoryFiles
    {
        /// <summary>Set this environment variable to 1 to rewrite the generated parts of the docs instead of failing.</summary>
        public const string UpdateVariable = "IPSECSDK_UPDATE_DOCS";

        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        public static bool UpdateMode => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

        public static string Root => RootPath.Value;

        public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

        public static bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

        public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

        public static void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text);

        // The tests run from bin/<config>/<tfm>; the repository root is the first parent holding the solution.
        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IpsecSdk.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No IpsecSdk.sln above " + AppContext.BaseDirectory + ": the docs tests must run inside the repository.");
        }
    }
}
