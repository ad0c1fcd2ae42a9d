using System.Collections.Immutable;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>Turns catalogue verdicts into diagnostics: the pack's verdict is the diagnostic's effective severity.</summary>
    internal static class Report
    {
        /// <summary>
        /// A security finding with the severity the pack gives it (Error, Warning, Info), or null for <see cref="Verdict.Ok"/>.
        /// The descriptor keeps its default, so <c>dotnet_diagnostic.IPSECnnn.severity</c> still overrides the pack.
        /// </summary>
        public static Diagnostic? Security(CatalogueEntry entry, BaselinePack pack, Location location, ImmutableDictionary<string, string?> properties) =>
            Security(entry, entry.For(pack), pack, location, properties);

        /// <summary>
        /// As <see cref="Security(CatalogueEntry, BaselinePack, Location, ImmutableDictionary{string, string?})"/> with a verdict
        /// computed elsewhere (e.g. a pack-specific limit) and optionally a message of its own instead of the row's.
        /// </summary>
        public static Diagnostic? Security(CatalogueEntry entry, Verdict verdict, BaselinePack pack, Location location, ImmutableDictionary<string, string?> properties, string? message = null)
        {
            var descriptor = Descriptors.ById(entry.RuleId);
            if (descriptor == null || !TrySeverity(verdict, out var severity))
            {
                return null;
            }

            return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, message ?? entry.Message(pack));
        }

        /// <summary>A validity finding (always the descriptor's severity, Error).</summary>
        public static Diagnostic Validity(DiagnosticDescriptor descriptor, Location location, string message, ImmutableDictionary<string, string?>? properties = null) =>
            Diagnostic.Create(descriptor, location, properties, message);

        /// <summary>Reports a validity finding on a literal value: its kind (name, address, port) and the value shape travel as properties.</summary>
        public static void Literal(RuleContext context, DiagnosticDescriptor descriptor, SyntaxNode at, string kind, string message)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Kind, kind).Add(DiagnosticProperties.Shape, DiagnosticProperties.ShapeValue);
            context.ReportDiagnostic(Validity(descriptor, at.GetLocation(), message, properties));
        }

        /// <summary>Reports <paramref name="diagnostic"/> unless it is null (a verdict of Ok).</summary>
        public static void IfAny(System.Action<Diagnostic> report, Diagnostic? diagnostic)
        {
            if (diagnostic != null)
            {
                report(diagnostic);
            }
        }

        private static bool TrySeverity(Verdict verdict, out DiagnosticSeverity severity)
        {
            switch (verdict)
            {
                case Verdict.Error:
                    severity = DiagnosticSeverity.Error;
                    return true;
                case Verdict.Warning:
                    severity = DiagnosticSeverity.Warning;
                    return true;
                case Verdict.Info:
                    severity = DiagnosticSeverity.Info;
                    return true;
                default:
                    severity = DiagnosticSeverity.Hidden;
                    return false;
            }
        }
    }
}
