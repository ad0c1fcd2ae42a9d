using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Rules.Proposals
{
    /// <summary>A member of a proposal: its value when the analyzer can see it, and the expression that set it (null for a default).</summary>
    internal readonly struct Known<T>
        where T : struct
    {
        private Known(T? value, SyntaxNode? source)
        {
            Value = value;
            Source = source;
        }

        /// <summary>The value, or null when it is not a compile-time constant.</summary>
        public T? Value { get; }

        /// <summary>The expression that chose the value, or null when it is the SDK's default.</summary>
        public SyntaxNode? Source { get; }

        public static Known<T> Default(T value) => new Known<T>(value, null);

        public static Known<T> Set(T value, SyntaxNode source) => new Known<T>(value, source);

        public static Known<T> Unknown(SyntaxNode? source) => new Known<T>(null, source);
    }
}
