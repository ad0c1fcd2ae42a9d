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
    /// SDK assembly's metadata and the compilation's using directives, binding nothing.
    /// </summary>
    /// <remarks>
    /// Why each kind of name is in, or out:
    /// <list type="bullet">
    /// <item>Public type names: a creation names its type (a target-typed <c>new()</c> is a form of its own, see <see cref="TreeGate"/>).</item>
    /// <item>Instance and extension method names: a call names its method, whatever the receiver's type.</item>
    /// <item>Static method names only when some using directive imports a type of the SDK statically (<c>using static</c>):
    /// otherwise a static call names its type, which is in already. This keeps <c>Create</c>, <c>Parse</c>, <c>Write</c> out.</item>
    /// <item>Settable properties (set or init), as an assignment's target only (<see cref="IsAssignable"/>): an assignment
    /// names its property, and reading one is no operation the rules collect. Read-only properties, fields, enum members and
    /// events are out for the same reason.</item>
    /// <item><c>ToString</c>, <c>Equals</c> and <c>GetHashCode</c> are out: every type has them, and no rule judges them.</item>
    /// <item>The alias names of using directives whose target names any of the above (per file or global, in any file).</item>
    /// </list>
    /// Forms that reach the SDK without any name exist only where the SDK offers them: derivable classes (implicit
    /// <c>base()</c> calls), delegates (<c>d()</c> calls <c>Invoke</c>), settable indexers; where it does, the gate stays open
    /// (<see cref="Sound"/> false). Collection initializers, query expressions and interpolated strings call methods by
    /// their names without writing them: they count as candidates when the SDK has such a method.
    /// </remarks>
    internal sealed class SdkNames
    {
        private static readonly string[] s_queryMethods = { "Select", "SelectMany", "Where", "Join", "GroupJoin", "GroupBy", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Cast" };

        private readonly HashSet<string> _names;
        private readonly HashSet<string> _assignables;

        private SdkNames(HashSet<string> names, HashSet<string> assignables, bool sound)
        {
            _names = names;
            _assignables = assignables;
            Sound = sound;
            CollectionInitializers = names.Contains("Add");
            Queries = Array.Exists(s_queryMethods, names.Contains);
            InterpolatedStrings = names.Contains("AppendLiteral") || names.Contains("AppendFormatted");
        }

        /// <summary>False when the SDK has a form that reaches it without any name: then every declaration is analyzed.</summary>
        public bool Sound { get; }

        /// <summary>A collection initializer may call an SDK <c>Add</c>.</summary>
        public bool CollectionInitializers { get; }

        /// <summary>A query expression may call SDK query methods.</summary>
        public bool Queries { get; }

        /// <summary>An interpolated string may call an SDK interpolated-string handler.</summary>
        public bool InterpolatedStrings { get; }

        /// <summary>True when <paramref name="identifier"/> (its value text: <c>@Name</c> and Unicode escapes resolved) may name an SDK member the rules look at.</summary>
        public bool Contains(string identifier) => _names.Contains(identifier);

        /// <summary>True when <paramref name="identifier"/> may name a settable SDK property: it counts only as an assignment's target.</summary>
        public bool IsAssignable(string identifier) => _assignables.Contains(identifier);

        /// <summary>The names for <paramref name="compilation"/>, whose IpsecSdk reference is <paramref name="sdk"/>.</summary>
        public static SdkNames Read(IAssemblySymbol sdk, Compilation compilation)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var statics = new HashSet<string>(StringComparer.Ordinal);
            var assignables = new HashSet<string>(StringComparer.Ordinal);
            var sound = true;
            AddNamespace(sdk.GlobalNamespace, new Sets(names, statics, assignables), ref sound);

            var usings = UsingDirectives(compilation);
            if (usings.Exists(u => u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && NamesAny(u, names)))
            {
                names.UnionWith(statics);
            }

            // Aliases of aliases are not allowed within one file but a global alias may be used by another file's alias:
            // repeat until no new alias name appears.
            bool added;
            do
            {
                added = false;
                foreach (var directive in usings)
                {
                    if (directive.Alias != null && !names.Contains(directive.Alias.Name.Identifier.ValueText) && NamesAny(directive, names))
                    {
                        added |= names.Add(directive.Alias.Name.Identifier.ValueText);
                    }
                }
            }
            while (added);

            return new SdkNames(names, assignables, sound);
        }

        private static void AddNamespace(INamespaceSymbol ns, Sets sets, ref bool sound)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    sets.Names.Add(child.Name);
                    AddNamespace(child, sets, ref sound);
                }
                else if (member is INamedTypeSymbol type)
                {
                    AddType(type, sets, ref sound);
                }
            }
        }

        private static void AddType(INamedTypeSymbol type, Sets sets, ref bool sound)
        {
            var names = sets.Names;
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
                        (method.IsStatic && !method.IsExtensionMethod ? sets.Statics : names).Add(method.Name);
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
            public Sets(HashSet<string> names, HashSet<string> statics, HashSet<string> assignables)
            {
                Names = names;
                Statics = statics;
                Assignables = assignables;
            }

            public HashSet<string> Names { get; }

            public HashSet<string> Statics { get; }

            public HashSet<string> Assignables { get; }
        }

        private static bool Reachable(Accessibility accessibility) =>
            accessibility == Accessibility.Public || accessibility == Accessibility.Protected || accessibility == Accessibility.ProtectedOrInternal;

        private static bool IsObjectMember(string name) => name == "ToString" || name == "Equals" || name == "GetHashCode";

        // True when an identifier of the directive's target (not its alias name) is one of the names.
        private static bool NamesAny(UsingDirectiveSyntax directive, HashSet<string> names)
        {
            foreach (var token in directive.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && (directive.Alias == null || !directive.Alias.Span.Contains(token.SpanStart)) && names.Contains(token.ValueText))
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
