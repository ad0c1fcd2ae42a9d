using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static IpsecSdk.Analyzers.Tests.CodeFixes.FixVerifier;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    public class ClearTextFallbackCodeFixTests
    {
        [Fact]
        public Task Request_in_both_directions_becomes_require() =>
            VerifyAsync<ClearTextFallbackCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .{|#0:RequestInboundAndOutbound|}()"),
                Policy("            .RequireInboundAndOutbound()"),
                new[] { At(0, RuleIds.ClearTextFallback, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Request_outbound_becomes_require_under_cnsa() =>
            VerifyAsync<ClearTextFallbackCodeFixProvider>(
                BaselinePack.Cnsa,
                Policy("            .{|#0:RequireInboundRequestOutbound|}()"),
                Policy("            .RequireInboundAndOutbound()"),
                new[] { At(0, RuleIds.ClearTextFallback, DiagnosticSeverity.Error) });

        [Fact]
        public Task SecurityAction_Request_becomes_Require() =>
            VerifyAsync<ClearTextFallbackCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .WithSecurity(SecurityAction.Require, {|#0:SecurityAction.Request|})"),
                Policy("            .WithSecurity(SecurityAction.Require, SecurityAction.Require)"),
                new[] { At(0, RuleIds.ClearTextFallback, DiagnosticSeverity.Warning) });

        // Request mode in a declared boundary zone is intended: no fix rewrites it, not even a Fix All over every ID.
        [Fact]
        public Task A_declared_boundary_zone_gets_no_fix() =>
            VerifyAsync<ClearTextFallbackCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .{|#0:AsBoundaryZone|}()"),
                Policy("            .{|#0:AsBoundaryZone|}()"),
                new[] { At(0, RuleIds.ClearTextFallback, DiagnosticSeverity.Info) },
                remaining: new[] { At(0, RuleIds.ClearTextFallback, DiagnosticSeverity.Info) });
    }
}
