using System;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>A part of a text file between <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c> that a test renders.</summary>
    internal sealed class GeneratedRegion
    {
        private readonly string _start;
        private readonly string _end;

        public GeneratedRegion(string name)
        {
            Name = name;
            _start = "<!-- " + name + ":start -->";
            _end = "<!-- " + name + ":end -->";
        }

        public string Name { get; }

        /// <summary>The region with its markers, as it should stand in the file.</summary>
        public string Wrap(string content) => _start + "\n" + content.TrimEnd('\n') + "\n" + _end;

        /// <summary>True when the text has both markers, in order.</summary>
        public bool IsIn(string text) => TryFind(text, out _, out _);

        /// <summary>The content between the markers, or null when the text lacks them.</summary>
        public string? Read(string text) =>
            TryFind(text, out var from, out var to) ? text.Substring(from + _start.Length, to - from - _start.Length).Trim('\n') : null;

        /// <summary>The text with the region's content replaced.</summary>
        public string Replace(string text, string content)
        {
            if (!TryFind(text, out var from, out var to))
            {
                throw new InvalidOperationException("The markers of region '" + Name + "' are missing.");
            }

            return text.Substring(0, from) + Wrap(content) + text.Substring(to + _end.Length);
        }

        private bool TryFind(string text, out int from, out int to)
        {
            from = text.IndexOf(_start, StringComparison.Ordinal);
            to = from < 0 ? -1 : text.IndexOf(_end, from, StringComparison.Ordinal);
            return from >= 0 && to > from;
        }
    }
}
