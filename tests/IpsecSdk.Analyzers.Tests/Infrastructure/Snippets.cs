namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>Wraps consumer code in a compilable file with the SDK namespaces imported.</summary>
    internal static class Snippets
    {
        /// <summary>A class with one method whose body is <paramref name="body"/>.</summary>
        public static string InMethod(string body) =>
            "using System;\nusing IpsecSdk;\nusing IpsecSdk.Building;\n\nclass Consumer\n{\n    object Run(bool flag)\n    {\n" + body + "\n    }\n}\n";
    }
}
