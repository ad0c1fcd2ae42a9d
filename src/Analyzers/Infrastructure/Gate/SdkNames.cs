using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.Analyzers.Infrastructure.Gate
{
    /// <summary>
    /// The identifiers through which consumer code can reach an operation the rules look at (<see cref="SdkOperations"/>:
    /// invocations of SDK methods, creations of SDK types, assignments to SDK properties), read once per compilation from the
    /// SDK assembly's metadata and the compilation's using directives, binding nothing. Each name carries where it counts.
    /// Only the configuration types count (<see cref="SdkSymbols.IsConfigurationType"/>): the model and the builders.
    /// </summary>
    /// <remarks>
    /// Why each kind of name is in, or out, and where it counts:
    /// <list type="bullet">
    /// <item>Public type names, anywhere (<see cref="Anywhere"/>): a creation or a static call names its type (a target-typed
    /// <c>new()</c> is a form of its own, see <see cref="TreeGate"/>).</item>
    /// <item>Instance and extension method names after a <c>.</c> and before <c>(</c> or <c>&lt;</c> (<see cref="AfterDot"/>):
    /// a call names its method after its receiver. A call without a receiver is a method of the consumer's own type, which cannot derive from the SDK's
    /// (the gate stays open if the SDK ever has a derivable class, see <see cref="Sound"/>).</item>
    /// <item>Static method names anywhere, but only when some using directive imports an SDK type statically
    /// (<c>using static</c>): otherwise a static call names its type. This keeps <c>Create</c>, <c>Parse</c>, <c>Write</c> out.</item>
    /// <item>Settable properties (set or init) as an assignment's target after <c>.</c>, <c>{</c> or <c>,</c>
    /// (<see cref="Assigned"/>): <c>x.Name = …</c>, <c>new() { Name = … }</c>, <c>p with { Name = … }</c>. Reading a property
    /// is no operation the rules collect, and <c>Name = …;</c> as a statement sets the consumer's own property.
    /// Read-only properties, fields, enum members and events are out.</item>
    /// <item><c>ToString</c>, <c>Equals</c> and <c>GetHashCode</c> are out: every type has them, and no rule judges them.</item>
    /// <item>The alias names of using directives whose target names any of the above (per file or global, in any file), anywhere.</item>
    /// </list>
    /// Forms that reach the SDK without any name exist only where the SDK offers them: derivable classes (implicit
    /// <c>base()</c> calls), delegates (<c>d()</c> calls <c>Invoke</c>), settable indexers, static abstract members; where it
    /// does, the gate stays open (<see cref="Sound"/> false). Collection initializers, query expressions and interpolated
    /// strings call methods by their names without writing them: they count as candidates when the SDK has such a method.
    /// </remarks>
    internal sealed class SdkNames
    {
        /// <summary>The name counts wherever it is written.</summary>
        public const int Anywhere = 1;

        /// <summary>The name counts after a <c>.</c> (a member access).</summary>
        public const int AfterDot = 2;

        /// <summary>The name counts as an assignment's target after <c>.</c>, <c>{</c> or <c>,</c>.</summary>
        public const int Assigned = 4;

        private static readonly string[] s_queryMethods = { "Select", "SelectMany", "Where", "Join", "GroupJoin", "GroupBy", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Cast" };

        private readonly NameTable _names;

        private SdkNames(Dictionary<string, int> names, bool sound)
        {
            _names = new NameTable(names);
            Sound = sound;
            CollectionInitializers = names.ContainsKey("Add");
            Queries = Array.Exists(s_queryMethods, names.ContainsKey);
            InterpolatedStrings = names.ContainsKey("AppendLiteral") || names.ContainsKey("AppendFormatted");
        }

        /// <summary>False when the SDK has a form that reaches it without any name: then every declaration is analyzed.</summary>
        public bool Sound { get; }

        /// <summary>A collection initializer may call an SDK <c>Add</c>.</summary>
        public bool CollectionInitializers { get; }

        /// <summary>A query expression may call SDK query methods.</summary>
        public bool Queries { get; }

        /// <summary>An interpolated string may call an SDK interpolated-string handler.</summary>
        public bool InterpolatedStrings { get; }

        /// <summary>Where the word <c>text[start..start+length]</c> counts (<see cref="Anywhere"/>, <see cref="AfterDot"/>, <see cref="Assigned"/>); 0 when nowhere.</summary>
        [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
        public int FlagsOf(char[] text, int start, int length) => _names.FlagsOf(text, start, length);

        /// <summary>Where <paramref name="name"/> counts; 0 when nowhere.</summary>
        public int FlagsOf(string name) => _names.FlagsOf(name);

        /// <summary>The names for <paramref name="compilation"/>, whose IpsecSdk reference is <paramref name="sdk"/>.</summary>
        public static SdkNames Read(IAssemblySymbol sdk, Compilation compilation)
        {
            var sets = new Sets();
            var sound = true;
            AddNamespace(sdk.GlobalNamespace, sets, ref sound);

            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            void Add(IEnumerable<string> which, int flags)
            {
                foreach (var name in which)
                {
                    names[name] = (names.TryGetValue(name, out var had) ? had : 0) | flags;
                }
            }

            Add(sets.Types, Anywhere);
            Add(sets.Members, AfterDot);
            Add(sets.Assignables, Assigned);
            var usings = UsingDirectives(compilation);
            if (usings.Exists(u => u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && NamesAny(u, names)))
            {
                Add(sets.Statics, Anywhere);
            }

            // Aliases of aliases are not allowed within one file but a global alias may be used by another file's alias:
            // repeat until no new alias name appears.
            bool added;
            do
            {
                added = false;
                foreach (var directive in usings)
                {
                    var alias = directive.Alias?.Name.Identifier.ValueText;
                    if (alias != null && !names.ContainsKey(alias) && NamesAny(directive, names))
                    {
                        names[alias] = Anywhere;
                        added = true;
                    }
                }
            }
            while (added);

            return new SdkNames(names, sound);
        }

        private static void AddNamespace(INamespaceSymbol ns, Sets sets, ref bool sound)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    // Namespace names themselves are not needed: a qualified name goes on to the type it names.
                    AddNamespace(child, sets, ref sound);
                }
                else if (member is INamedTypeSymbol type && SdkSymbols.IsConfigurationNamespace(ns))
                {
                    // Only the configuration types: the rules collect operations of no other (SdkSymbols.IsConfigurationType).
                    AddType(type, sets, ref sound);
                }
            }
        }

        private static void AddType(INamedTypeSymbol type, Sets sets, ref bool sound)
        {
            var names = sets.Types;
            if (!Reachable(type.DeclaredAccessibility))
            {
                return;
            }

            names.Add(type.Name);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
            }

            sound &= type.TypeKind != TypeKind.Delegate && !(type.TypeKind == TypeKind.Class && !type.IsSealed && !type.IsStatic);
            foreach (var member in type.GetMembers())
            {
                if (!Reachable(member.DeclaredAccessibility))
                {
                    continue;
                }

                switch (member)
                {
                    case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary && !IsObjectMember(method.Name):
                        (method.IsStatic && !method.IsExtensionMethod ? sets.Statics : sets.Members).Add(method.Name);
                        // A static abstract interface member is called through a type parameter, which names no SDK type.
                        sound &= !(method.IsStatic && method.IsAbstract);
                        break;
                    case IPropertySymbol property when property.SetMethod != null && Reachable(property.SetMethod.DeclaredAccessibility):
                        sets.Assignables.Add(property.Name);
                        sound &= !property.IsIndexer;
                        break;
                    case INamedTypeSymbol nested:
                        AddType(nested, sets, ref sound);
                        break;
                }
            }
        }

        private sealed class Sets
        {
            public HashSet<string> Types { get; } = new HashSet<string>(StringComparer.Ordinal);

            public HashSet<string> Members { get; } = new HashSet<string>(StringComparer.Ordinal);

            public HashSet<string> Statics { get; } = new HashSet<string>(StringComparer.Ordinal);

            public HashSet<string> Assignables { get; } = new HashSet<string>(StringComparer.Ordinal);
        }

        private static bool Reachable(Accessibility accessibility) =>
            accessibility == Accessibility.Public || accessibility == Accessibility.Protected || accessibility == Accessibility.ProtectedOrInternal;

        private static bool IsObjectMember(string name) => name == "ToString" || name == "Equals" || name == "GetHashCode";

        // True when an identifier of the directive's target (not its alias name) is one of the names.
        private static bool NamesAny(UsingDirectiveSyntax directive, Dictionary<string, int> names)
        {
            foreach (var token in directive.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && (directive.Alias == null || !directive.Alias.Span.Contains(token.SpanStart)) && names.TryGetValue(token.ValueText, out var flags) && (flags & Anywhere) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        // Every using directive of the compilation, at file and namespace level: only a few per file.
        private static List<UsingDirectiveSyntax> UsingDirectives(Compilation compilation)
        {
            var usings = new List<UsingDirectiveSyntax>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    usings.AddRange(unit.Usings);
                    AddNamespaceUsings(unit.Members, usings);
                }
            }

            return usings;
        }

        private static void AddNamespaceUsings(SyntaxList<MemberDeclarationSyntax> members, List<UsingDirectiveSyntax> usings)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    usings.AddRange(ns.Usings);
                    AddNamespaceUsings(ns.Members, usings);
                }
            }
        }
    }
}
