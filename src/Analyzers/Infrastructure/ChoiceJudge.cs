using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Judges one constant choice (an enum value in a phase) through the catalogue, and for the two choices Windows
    /// rejects outright (GCM/GMAC in main mode, SHA-384 in quick mode) through the validity rules.
    /// </summary>
    internal static class ChoiceJudge
    {
        /// <summary>
        /// The finding on <paramref name="value"/>, or null when the pack accepts it or the value is not a defined member.
        /// <paramref name="paired"/> is the other algorithm of the same proposal when known (keeps suggested GCM pairs consistent).
        /// </summary>
        [MethodImpl(Hot.Path)]
        public static Diagnostic? Judge(ChoiceKind kind, CryptoPhase phase, long value, BaselinePack pack, SyntaxNode at, string shape = DiagnosticProperties.ShapeValue, string? suggestedMethod = null, long? paired = null)
        {
            if (IsFine(kind, phase, value, pack))
            {
                // Most choices are fine: decide that before building a location, properties and suggestions nobody will read.
                return null;
            }

            // The same weak choice recurs all over a code base: its verdict, message and properties are built once.
            var template = Templates.GetOrAdd((kind, phase, value, pack, shape, suggestedMethod, paired), ComputeTemplate);
            return template?.At(at.GetLocation());
        }

        private static readonly ConcurrentDictionary<(ChoiceKind, CryptoPhase, long, BaselinePack, string, string?, long?), DiagnosticTemplate?> Templates =
            new ConcurrentDictionary<(ChoiceKind, CryptoPhase, long, BaselinePack, string, string?, long?), DiagnosticTemplate?>();

        private static readonly Func<(ChoiceKind Kind, CryptoPhase Phase, long Value, BaselinePack Pack, string Shape, string? SuggestedMethod, long? Paired), DiagnosticTemplate?> ComputeTemplate =
            key => DiagnosticTemplate.Of(Compute(key.Kind, key.Phase, key.Value, key.Pack, key.Shape, key.SuggestedMethod, key.Paired));

        // The finding without a location (templates get theirs per site), built from scratch; null when there is none.
        private static Diagnostic? Compute(ChoiceKind kind, CryptoPhase phase, long value, BaselinePack pack, string shape, string? suggestedMethod, long? paired)
        {
            var location = Location.None;
            var properties = IpsecCompilation.Properties(pack, kind.ToString(), shape);
            if (suggestedMethod != null)
            {
                properties[DiagnosticProperties.SuggestedMethod] = suggestedMethod;
            }

            switch (kind)
            {
                case ChoiceKind.Integrity when Defined<Integrity>(value):
                    return JudgeIntegrity((Integrity)value, phase, pack, properties, paired != null && Defined<Encryption>(paired.Value) ? (Encryption)paired.Value : (Encryption?)null);
                case ChoiceKind.Encryption when Defined<Encryption>(value):
                    return JudgeEncryption((Encryption)value, phase, pack, properties, paired != null && Defined<Integrity>(paired.Value) ? (Integrity)paired.Value : (Integrity?)null);
                case ChoiceKind.DiffieHellmanGroup when Defined<DiffieHellmanGroup>(value):
                    return Security(BaselineCatalogue.KeyExchange((DiffieHellmanGroup)value), pack, location, properties, Suggestions.KeyExchange(pack));
                case ChoiceKind.PfsGroup when Defined<PfsGroup>(value):
                    return Security(BaselineCatalogue.Pfs((PfsGroup)value), pack, location, properties, Suggestions.Pfs(pack));
                case ChoiceKind.Encapsulation when Defined<Encapsulation>(value):
                    return Security(BaselineCatalogue.Encapsulation((Encapsulation)value), pack, location, properties, Suggestions.Encapsulation(pack));
                case ChoiceKind.CertificateSigning when Defined<CertificateSigning>(value):
                    return Security(BaselineCatalogue.Signing((CertificateSigning)value), pack, location, properties, Suggestions.Signing(pack));
                case ChoiceKind.CertValidationLevel when Defined<CertValidationLevel>(value):
                    return Security(BaselineCatalogue.RevocationChecking((CertValidationLevel)value), pack, location, properties, Suggestions.RevocationChecking(pack));
                case ChoiceKind.KeyModule:
                    return Security(BaselineCatalogue.KeyModuleChoice((KeyModule)value), pack, location, properties, Suggestions.KeyModule(pack));
                case ChoiceKind.AuthenticationMethod when Defined<AuthenticationMethod>(value):
                    // No single method replaces a PSK or NTLM safely (certificates need an authority): no suggestion.
                    return Security(BaselineCatalogue.Authentication((AuthenticationMethod)value), pack, location, properties, suggested: null);
                default:
                    return null;
            }
        }

        // Whether each value is fine, per (kind, phase, pack): 0 = not asked yet, 1 = fine, 2 = not fine. Read on every judged
        // value and filled on first use, so the catalogue's lookups (unoptimised code for most of a short-lived compiler
        // process, see Hot) run once per distinct choice instead of once per call site. Byte writes are atomic, so racing
        // threads at worst compute the same answer twice.
        private const int Slots = 129;
        private static readonly byte[] FineCache = new byte[((int)ChoiceKind.LifetimeKilobytes + 1) * 2 * 4 * Slots];

        // True when Judge would report nothing: no validity problem and an Ok verdict (unjudged values included).
        [MethodImpl(Hot.Path)]
        private static bool IsFine(ChoiceKind kind, CryptoPhase phase, long value, BaselinePack pack)
        {
            var slot = Slot(value);
            if (slot < 0 || (uint)pack > 3 || (phase != CryptoPhase.MainMode && phase != CryptoPhase.QuickMode))
            {
                return Compute(kind, phase, value, pack, DiagnosticProperties.ShapeValue, null, null) == null;
            }

            var index = ((((int)kind * 2) + (phase == CryptoPhase.MainMode ? 0 : 1)) * 4 + (int)pack) * Slots + slot;
            var known = FineCache[index];
            if (known == 0)
            {
                // Shape, suggestion and partner only change a finding's properties, never whether there is one.
                known = Compute(kind, phase, value, pack, DiagnosticProperties.ShapeValue, null, null) == null ? (byte)1 : (byte)2;
                FineCache[index] = known;
            }

            return known == 1;
        }

        // The SDK enums carry Windows' CIM values: small numbers, 65001 and up, and 65535 (SameAsMainMode, NotConfigured).
        [MethodImpl(Hot.Path)]
        private static int Slot(long value) =>
            value >= 0 && value < 64 ? (int)value : value >= 65000 && value < 65064 ? 64 + (int)(value - 65000) : value == 65535 ? 128 : -1;

        /// <summary>A security finding from a catalogue row with an optional suggestion.</summary>
        public static Diagnostic? Security(CatalogueEntry entry, BaselinePack pack, Location location, ImmutableDictionary<string, string?>.Builder properties, string? suggested)
        {
            if (suggested != null)
            {
                properties[DiagnosticProperties.Suggested] = suggested;
            }

            return Report.Security(entry, pack, location, properties.ToImmutable());
        }

        private static Diagnostic? JudgeIntegrity(Integrity integrity, CryptoPhase phase, BaselinePack pack, ImmutableDictionary<string, string?>.Builder properties, Encryption? paired)
        {
            var location = Location.None;
            properties[DiagnosticProperties.Phase] = phase.ToString();
            properties[DiagnosticProperties.Suggested] = Suggestions.Integrity(phase, pack, paired);
            if (phase == CryptoPhase.MainMode && CryptoFacts.IsGmac(integrity))
            {
                return Report.Validity(Descriptors.GcmInMainMode, location, integrity + " integrity is not available in main mode; Windows offers AES-GMAC in quick mode only.", properties.ToImmutable());
            }

            if (phase == CryptoPhase.QuickMode && integrity == Integrity.Sha384)
            {
                return Report.Validity(Descriptors.Sha384InQuickMode, location, "SHA-384 integrity is not available in quick mode (AH or ESP); Windows offers it in main mode only.", properties.ToImmutable());
            }

            return Report.Security(BaselineCatalogue.Integrity(integrity, phase), pack, location, properties.ToImmutable());
        }

        private static Diagnostic? JudgeEncryption(Encryption encryption, CryptoPhase phase, BaselinePack pack, ImmutableDictionary<string, string?>.Builder properties, Integrity? paired)
        {
            var location = Location.None;
            properties[DiagnosticProperties.Phase] = phase.ToString();
            properties[DiagnosticProperties.Suggested] = Suggestions.Encryption(phase, pack, paired);
            if (phase == CryptoPhase.MainMode && CryptoFacts.IsGcm(encryption))
            {
                return Report.Validity(Descriptors.GcmInMainMode, location, encryption + " encryption is not available in main mode; Windows offers AES-GCM in quick mode only.", properties.ToImmutable());
            }

            return Report.Security(BaselineCatalogue.Encryption(encryption, phase), pack, location, properties.ToImmutable());
        }

        /// <summary>Lifetime in minutes: out of Windows' range is IPSEC107, beyond the pack's limit IPSEC009.</summary>
        public static Diagnostic? LifetimeMinutes(CryptoPhase phase, long minutes, BaselinePack pack, Location location)
        {
            var properties = IpsecCompilation.Properties(pack, ChoiceKind.LifetimeMinutes.ToString(), DiagnosticProperties.ShapeValue);
            properties[DiagnosticProperties.Phase] = phase.ToString();
            var minimum = phase == CryptoPhase.MainMode ? 1 : 5;
            var limit = phase == CryptoPhase.MainMode ? BaselineCatalogue.MainModeLifetimeLimitMinutes : BaselineCatalogue.QuickModeLifetimeLimitMinutes(pack);
            properties[DiagnosticProperties.Suggested] = Number(minutes < minimum ? minimum : limit);
            if (minutes < minimum || minutes > 2879)
            {
                var name = phase == CryptoPhase.MainMode ? "Main-mode" : "Quick-mode";
                return Report.Validity(Descriptors.LifetimeOutOfRange, location, name + " lifetime " + Number(minutes) + " minutes is out of range; Windows accepts " + minimum + "..2879 minutes.", properties.ToImmutable());
            }

            return phase == CryptoPhase.MainMode
                ? Report.Security(BaselineCatalogue.MainModeLifetime(minutes), pack, location, properties.ToImmutable())
                : Report.Security(BaselineCatalogue.QuickModeLifetimeTooLong, BaselineCatalogue.QuickModeLifetime(minutes, pack), pack, location, properties.ToImmutable());
        }

        /// <summary>Quick-mode lifetime in kilobytes out of Windows' range (IPSEC107).</summary>
        public static Diagnostic? LifetimeKilobytes(long kilobytes, Location location)
        {
            if (kilobytes >= 20480 && kilobytes <= int.MaxValue)
            {
                return null;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.Kind] = ChoiceKind.LifetimeKilobytes.ToString();
            properties[DiagnosticProperties.Shape] = DiagnosticProperties.ShapeValue;
            properties[DiagnosticProperties.Phase] = CryptoPhase.QuickMode.ToString();
            properties[DiagnosticProperties.Suggested] = Number(kilobytes < 20480 ? 20480 : int.MaxValue);
            return Report.Validity(Descriptors.LifetimeOutOfRange, location, "Quick-mode lifetime " + Number(kilobytes) + " KB is out of range; Windows accepts 20480..2147483647 KB.", properties.ToImmutable());
        }

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static bool Defined<TEnum>(long value) where TEnum : struct, Enum => EnumValues<TEnum>.IsDefined(value);
    }
}
