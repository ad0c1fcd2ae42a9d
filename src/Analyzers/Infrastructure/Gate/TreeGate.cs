using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IpsecSdk.Analyzers.Infrastructure.Gate
{
    /// <summary>
    /// Whether a span of one file (an operation block) can hold SDK operations: whether its text holds a candidate. A
    /// declaration whose operation blocks hold none has no SDK operation, so its operation trees are not walked. Most
    /// declarations of an ordinary code base that uses the SDK in a few places hold none.
    /// </summary>
    /// <remarks>
    /// <para>The text, not the syntax tree: walking every token of the tree cost four times the operation walk it was to
    /// save (0.4 s against 0.1 s on benchmarks/analyzer-cost's 600-file sparse code base), while a pass over the characters
    /// of the blocks, stopping at the first candidate, costs a few milliseconds. The scan over-approximates, which is sound:
    /// comments, strings and disabled code are searched too, and where the context it looks at runs out it says yes.</para>
    /// <para>Candidates: a word of <see cref="SdkNames"/> where it counts (a type anywhere, a method after <c>.</c> and before <c>(</c>, a
    /// settable property after <c>.</c>, <c>{</c> or <c>,</c> and before <c>=</c>; a comment or a directive line in
    /// between counts as yes); any word written with a Unicode escape;
    /// <c>new</c> followed by <c>(</c> (target-typed, it creates a type it does not name); a <c>[</c> where an expression can
    /// start (a collection expression); <c>= {</c> (a nested collection initializer), <c>from</c> and <c>$</c> (query
    /// expressions, interpolated strings) when the SDK has a method they call without naming it. The equality of every
    /// analyzer test's diagnostics with the gate on and off is checked by the analyzer tests.</para>
    /// </remarks>
    internal sealed class TreeGate
    {
        /// <summary>A gate that lets everything through (the SDK is not <see cref="SdkNames.Sound"/>, or the gate is switched off).</summary>
        public static readonly TreeGate Open = new TreeGate(null, null);

        // How much text around a block the scan may look at: the character before a word (is it a '.') and after it ('=').
        private const int Context = 256;

        // The character NextNonSpace returns when the text it may look at ends before the file does: "don't know", i.e. yes.
        private const char Unknown = '\uFFFF';

        // Words before which '[' still starts an expression: return [1, 2], x is [..], foreach (var x in [a, b]) ...
        private static readonly NameTable s_keywordsBeforeExpression = new NameTable(new[]
        {
            "return", "in", "is", "and", "or", "not", "case", "when", "else", "await", "yield", "with", "select", "where",
            "from", "throw", "default", "on", "equals", "by", "into", "let", "orderby", "group", "join", "ascending", "descending",
        });

        [ThreadStatic]
        private static char[]? t_buffer;

        private readonly SourceText? _text;
        private readonly SdkNames? _names;

        private TreeGate(SourceText? text, SdkNames? names)
        {
            _text = text;
            _names = names;
        }

        /// <summary>The gate of <paramref name="tree"/>.</summary>
        public static TreeGate For(SyntaxTree tree, SdkNames names, CancellationToken cancellationToken) =>
            names.Sound ? new TreeGate(tree.GetText(cancellationToken), names) : Open;

        /// <summary>True when <paramref name="span"/> holds a candidate, i.e. may hold an SDK operation.</summary>
        [MethodImpl(Hot.Path)]
        public bool MayHold(TextSpan span)
        {
            if (_text == null || _names == null)
            {
                return true;
            }

            var from = Math.Max(0, span.Start - Context);
            var to = Math.Min(_text.Length, span.End + Context);
            var length = to - from;
            var text = t_buffer != null && t_buffer.Length >= length ? t_buffer : (t_buffer = new char[Math.Max(length, 4096)]);
            _text.CopyTo(from, text, 0, length);
            var window = new Window(text, length, from > 0, to < _text.Length);
            return HasCandidate(window, span.Start - from, span.End - from, _names);
        }

        // The copied text around a block, and whether the file goes on beyond each end.
        private readonly struct Window
        {
            public Window(char[] text, int length, bool cutAtStart, bool cutAtEnd)
            {
                Text = text;
                Length = length;
                CutAtStart = cutAtStart;
                CutAtEnd = cutAtEnd;
            }

            public char[] Text { get; }

            public int Length { get; }

            public bool CutAtStart { get; }

            public bool CutAtEnd { get; }
        }

        [MethodImpl(Hot.Path)]
        private static bool HasCandidate(Window window, int start, int end, SdkNames names)
        {
            var text = window.Text;
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (IsWordStart(c) || IsEscape(text, i, window.Length))
                {
                    var wordStart = i;
                    var escaped = false;
                    while (i < window.Length && (IsWordPart(text[i]) || IsEscape(text, i, window.Length)))
                    {
                        escaped |= text[i] == '\\';
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    if (escaped || IsCandidateWord(window, wordStart, i - wordStart, names))
                    {
                        return true;
                    }

                    continue;
                }

                if ((c == '[' && MayStartExpression(window, i)) ||
                    (c == '{' && names.CollectionInitializers && FollowsAssignment(window, i)) ||
                    (c == '$' && names.InterpolatedStrings))
                {
                    return true;
                }

                i++;
            }

            return false;
        }

        [MethodImpl(Hot.Path)]
        private static bool IsCandidateWord(Window window, int start, int length, SdkNames names)
        {
            var text = window.Text;
            var flags = names.FlagsOf(text, start, length);
            if ((flags & SdkNames.Anywhere) != 0)
            {
                return true;
            }

            if (flags != 0)
            {
                var previous = PreviousNonSpace(window, start);
                var afterDot = previous < 0 || text[previous] == '.' || text[previous] == '/' || OnDirectiveLine(window, previous);
                if ((flags & SdkNames.AfterDot) != 0 && afterDot)
                {
                    // A call: x.Add(...) or x.Add<T>(...); x.Count without '(' reads a property or names a method group.
                    var call = NextNonSpace(window, start + length);
                    if (call == '(' || call == '<' || call == '/' || call == Unknown)
                    {
                        return true;
                    }
                }

                if ((flags & SdkNames.Assigned) != 0 && (afterDot || text[previous] == '{' || text[previous] == ','))
                {
                    var next = NextNonSpace(window, start + length);
                    var assigned = next == '=' && !IsAt(window, start + length, "==") && !IsAt(window, start + length, "=>");
                    if (assigned || next == ')' || next == '/' || next == Unknown)
                    {
                        return true;
                    }
                }
            }

            if (IsWord(text, start, length, "new"))
            {
                var next = NextNonSpace(window, start + length);
                return next == '(' || next == '/' || next == Unknown;
            }

            return names.Queries && IsWord(text, start, length, "from");
        }

        // '[' after an identifier (an indexer or an array type), ']', '>' (a generic type), a string or '!' / '*' does not
        // start an expression; after anything else (=, (, ',', ':', '?', '=>', ')' of a cast, a keyword, the start) it may.
        [MethodImpl(Hot.Path)]
        private static bool MayStartExpression(Window window, int position)
        {
            var text = window.Text;
            var p = PreviousNonSpace(window, position);
            if (p < 0 || OnDirectiveLine(window, p))
            {
                return true;
            }

            var c = text[p];
            if (IsWordPart(c))
            {
                var start = p;
                while (start > 0 && IsWordPart(text[start - 1]))
                {
                    start--;
                }

                return (start == 0 && window.CutAtStart) || s_keywordsBeforeExpression.Contains(text, start, p - start + 1);
            }

            switch (c)
            {
                case ']':
                case '"':
                case '!':
                case '*':
                    return false;
                case '>':
                    return p > 0 && text[p - 1] == '=';
                default:
                    return true;
            }
        }

        // '=' but not '==', '=>', '<=', '>=', '!=' before the brace: Items = { a, b }.
        private static bool FollowsAssignment(Window window, int position)
        {
            var text = window.Text;
            var p = PreviousNonSpace(window, position);
            return p < 0 || text[p] == '/' || (p > 0 && text[p] == '=' && text[p - 1] != '=' && text[p - 1] != '<' && text[p - 1] != '>' && text[p - 1] != '!');
        }

        // A '#if' / '#endif' line between two parts of an expression hides what stands before it: say yes.
        private static bool OnDirectiveLine(Window window, int position)
        {
            var text = window.Text;
            var i = position;
            while (i > 0 && text[i - 1] != '\n')
            {
                i--;
            }

            if (i == 0 && window.CutAtStart)
            {
                return true;
            }

            while (i < position && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return text[i] == '#';
        }

        [MethodImpl(Hot.Path)]
        private static bool IsWordStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';

        [MethodImpl(Hot.Path)]
        private static bool IsWordPart(char c) => IsWordStart(c) || (c >= '0' && c <= '9');

        [MethodImpl(Hot.Path)]
        private static bool IsEscape(char[] text, int i, int length) => text[i] == '\\' && i + 1 < length && (text[i + 1] == 'u' || text[i + 1] == 'U');

        [MethodImpl(Hot.Path)]
        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';

        // The next character that is not white space; Unknown when the copied text ends first but the file does not.
        [MethodImpl(Hot.Path)]
        private static char NextNonSpace(Window window, int i)
        {
            while (i < window.Length && IsSpace(window.Text[i]))
            {
                i++;
            }

            return i < window.Length ? window.Text[i] : window.CutAtEnd ? Unknown : '\0';
        }

        // The index of the previous character that is not white space; -1 when the copied text starts first (then the
        // callers say yes, unless the file itself starts there).
        [MethodImpl(Hot.Path)]
        private static int PreviousNonSpace(Window window, int i)
        {
            i--;
            while (i >= 0 && IsSpace(window.Text[i]))
            {
                i--;
            }

            return i;
        }

        private static bool IsAt(Window window, int i, string what)
        {
            while (i < window.Length && IsSpace(window.Text[i]))
            {
                i++;
            }

            if (i + what.Length > window.Length)
            {
                return false;
            }

            for (var k = 0; k < what.Length; k++)
            {
                if (window.Text[i + k] != what[k])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWord(char[] text, int start, int length, string word)
        {
            if (length != word.Length)
            {
                return false;
            }

            for (var k = 0; k < length; k++)
            {
                if (text[start + k] != word[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
