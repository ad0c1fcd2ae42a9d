using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>A compile-time constant and the expression that supplies it (where a finding on it is reported).</summary>
    internal readonly struct ResolvedValue
    {
        public ResolvedValue(object? value, SyntaxNode source)
        {
            Value = value;
            Source = source;
        }

        public object? Value { get; }

        public SyntaxNode Source { get; }

        /// <summary>The value as a 64-bit integer when it is one (enum constants arrive as their underlying integer).</summary>
        public bool TryGetInt64(out long number)
        {
            switch (Value)
            {
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case uint u: number = u; return true;
                case ushort us: number = us; return true;
                case sbyte sb: number = sb; return true;
                default: number = 0; return false;
            }
        }
    }
}
