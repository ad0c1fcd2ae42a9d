using System.Globalization;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>A finding without its location: descriptor, severity, properties and message, shared by every site of the same choice.</summary>
    internal sealed class DiagnosticTemplate
    {
        private readonly Diagnostic _diagnostic;
        private readonly string _message;

        private DiagnosticTemplate(Diagnostic diagnostic)
        {
            _diagnostic = diagnostic;
            _message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }

        /// <summary>The template of <paramref name="diagnostic"/>, or null for none.</summary>
        public static DiagnosticTemplate? Of(Diagnostic? diagnostic) => diagnostic == null ? null : new DiagnosticTemplate(diagnostic);

        /// <summary>The finding at <paramref name="location"/>.</summary>
        public Diagnostic At(Location location) =>
            Diagnostic.Create(_diagnostic.Descriptor, location, _diagnostic.Severity, additionalLocations: null, _diagnostic.Properties, _message);
    }
}
