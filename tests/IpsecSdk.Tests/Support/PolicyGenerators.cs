using System;
using System.Linq;
using CsCheck;
using IpsecSdk.Building;

namespace IpsecSdk.Tests.Support
{
    /// <summary>
    /// CsCheck generators of random policies that Windows accepts, built through the public builders.
    /// </summary>
    /// <remarks>
    /// <para>Generated policies keep every Windows validity rule (IPSEC1xx of baselines.md and the MS-FASP checks
    /// behind them), so they stay valid whatever <c>PolicyValidator</c> enforces:</para>
    /// <list type="bullet">
    /// <item>main mode: no GCM/GMAC (101), one key-exchange group per set (106), lifetime 1..2879 (107);</item>
    /// <item>quick mode: no SHA-384 (102), AH+ESP with one integrity (103), ESP with integrity or encryption (104),
    /// GCM-n only with GMAC-n and GMAC-n only with GCM-n or no encryption (105), 5..2879 min / 20480.. KB (107);
    /// AH only with key modules that exclude IKEv2 (AH is unsupported with transport-mode IKEv2);</item>
    /// <item>ports only with TCP/UDP (108); tunnels with both endpoints of one family, no ports or protocol,
    /// Require both ways, no authorization SDDL (109);</item>
    /// <item>IKEv2 only with certificate-only phase 1 (110); phase 2 only with AuthIP (111); never PSK with NTLM,
    /// at most one of each non-certificate method, one signing algorithm per set, anonymous never alone (112);</item>
    /// <item>IDs and names non-empty, without <c>|</c>, never "all", no leading/trailing blanks, but with quotes,
    /// <c>$</c>, backticks and non-ASCII letters (113); addresses from documentation ranges, single ports (114).</item>
    /// </list>
    /// <para>They also avoid the choices the default baseline pack calls errors (DES, MD5, DH group 1, anonymous
    /// only), in case <c>Build()</c> ever refuses those too.</para>
    /// </remarks>
    public static class PolicyGenerators
    {
        /// <summary>Characters of odd but valid names (no <c>|</c>).</summary>
        public const string OddCharacters = "abcXYZ019 '\"$`;&(){}@#-._\u00e9\u00fc\u2018\u2019\u4e2d";

        /// <summary>Odd texts for names, IDs and descriptions: 1..12 characters, never blank at either end.</summary>
        public static readonly Gen<string> OddText =
            Gen.Char[OddCharacters].Array[0, 10].Select(chars => "n" + new string(chars).Trim() + "z");

        /// <summary>Group names: odd but without the wildcard characters the PowerShell export refuses.</summary>
        public static readonly Gen<string> GroupName =
            Gen.Char[new string(OddCharacters.Where(c => "*?[]`".IndexOf(c, StringComparison.Ordinal) < 0).ToArray())].Array[0, 10]
                .Select(chars => "Group " + new string(chars).Trim() + ".Isolation");

        private static readonly string[] CertificateAuthorities = { "CN=Contoso Root CA, O=Contoso", "CN=Fabrikam Issuing CA 2", "DC=corp, DC=contoso, CN=Corp CA" };

        private static readonly Gen<string> IPv4Address = Gen.Select(Gen.OneOf("192.0.2.", "198.51.100.", "203.0.113."), Gen.Int[1, 254], (net, host) => net + host);

        private static readonly Gen<string> LocalAddress = Gen.OneOf(
            IPv4Address,
            Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], (a, b) => "10." + a + "." + b + ".0/24"),
            Gen.Select(Gen.Int[1, 200], Gen.Int[1, 50], (a, n) => "192.0.2." + a + "-192.0.2." + (a + n)),
            Gen.Int[1, 0xffff].Select(h => "2001:db8::" + h.ToString("x", System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Int[1, 0xffff].Select(h => "2001:db8:" + h.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "::/48"));

        private static readonly Gen<string> RemoteAddress = Gen.Frequency(
            (6, LocalAddress),
            (1, Gen.OneOf("LocalSubnet", "Intranet", "Internet")));

        private static readonly Gen<string[]> Ports = Gen.Int[1, 65535].Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).Array[0, 2].Select(a => a.Distinct().ToArray());

        private static readonly Gen<string> Sddl = Gen.OneOf("D:(A;;CC;;;DC)", "D:(A;;CC;;;DU)", "O:LSD:(A;;CC;;;S-1-5-21-1004336348-1177238915-682003330-512)");

        /// <summary>Main-mode crypto: 1..3 proposals sharing one key-exchange group.</summary>
        public static readonly Gen<MainModeRecipe> MainMode = Gen.Select(
            Gen.OneOf(DiffieHellmanGroup.Dh2, DiffieHellmanGroup.Dh14, DiffieHellmanGroup.Dh19, DiffieHellmanGroup.Dh20, DiffieHellmanGroup.Dh24),
            Gen.Select(
                Gen.OneOf(Encryption.Des3, Encryption.Aes128, Encryption.Aes192, Encryption.Aes256),
                Gen.OneOf(Integrity.Sha1, Integrity.Sha256, Integrity.Sha384)).Array[1, 3],
            Gen.Int[1, 2879].Nullable(0.3),
            Gen.Int[0, 100].Nullable(0.5),
            Gen.Bool,
            (group, proposals, lifetime, sessions, skipDh) => new MainModeRecipe(
                new ValueList<MainModeProposal>(proposals.Select(p => new MainModeProposal(p.Item1, p.Item2, group))), lifetime, sessions, skipDh));

        private static readonly Gen<(int Minutes, long Kilobytes)> Lifetime = Gen.Select(Gen.Int[5, 2879], Gen.Long[20480, 2147483647]);

        private static readonly Gen<(Integrity Integrity, Encryption Encryption)> EspPair = Gen.OneOf(
            Gen.OneOf((Integrity.AesGmac128, Encryption.AesGcm128), (Integrity.AesGmac192, Encryption.AesGcm192), (Integrity.AesGmac256, Encryption.AesGcm256)),
            Gen.OneOf((Integrity.AesGmac128, Encryption.None), (Integrity.AesGmac256, Encryption.None)),
            Gen.Select(Gen.OneOf(Integrity.Sha1, Integrity.Sha256), Gen.OneOf(Encryption.Des3, Encryption.Aes128, Encryption.Aes192, Encryption.Aes256, Encryption.None)),
            Gen.OneOf(Encryption.Aes128, Encryption.Aes256).Select(e => (Integrity.None, e)));

        private static readonly Gen<QuickModeProposal> EspProposal = Gen.Select(EspPair, Lifetime, (pair, life) =>
            new QuickModeProposal(pair.Integrity, pair.Encryption) { LifetimeMinutes = life.Minutes, LifetimeKilobytes = life.Kilobytes });

        private static readonly Gen<QuickModeProposal> AhProposal = Gen.Select(
            Gen.OneOf(Integrity.Sha1, Integrity.Sha256, Integrity.AesGmac128, Integrity.AesGmac256), Lifetime, (integrity, life) =>
            new QuickModeProposal
            {
                Encapsulation = Encapsulation.Ah, AhIntegrity = integrity, EspIntegrity = Integrity.None, Encryption = Encryption.None,
                LifetimeMinutes = life.Minutes, LifetimeKilobytes = life.Kilobytes,
            });

        private static readonly Gen<QuickModeProposal> AhAndEspProposal = Gen.Select(
            Gen.OneOf(
                Gen.Select(Gen.OneOf(Integrity.Sha1, Integrity.Sha256), Gen.OneOf(Encryption.Aes128, Encryption.Aes256, Encryption.None)),
                Gen.OneOf((Integrity.AesGmac128, Encryption.AesGcm128), (Integrity.AesGmac256, Encryption.AesGcm256), (Integrity.AesGmac256, Encryption.None))),
            Lifetime,
            (pair, life) => new QuickModeProposal
            {
                Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = pair.Item1, EspIntegrity = pair.Item1, Encryption = pair.Item2,
                LifetimeMinutes = life.Minutes, LifetimeKilobytes = life.Kilobytes,
            });

        private static readonly Gen<PfsGroup> Pfs = Gen.OneOf(PfsGroup.None, PfsGroup.Dh2, PfsGroup.Dh14, PfsGroup.Dh19, PfsGroup.Dh20, PfsGroup.Dh24, PfsGroup.SameAsMainMode);

        /// <summary>Quick-mode crypto with ESP proposals only (valid with every key module).</summary>
        public static readonly Gen<QuickModeRecipe> EspQuickMode = Gen.Select(EspProposal.Array[1, 3], Pfs, (p, pfs) => new QuickModeRecipe(new ValueList<QuickModeProposal>(p), pfs));

        /// <summary>Quick-mode crypto that may also use AH (only for key modules without IKEv2).</summary>
        public static readonly Gen<QuickModeRecipe> AnyQuickMode = Gen.Select(
            Gen.Frequency((4, EspProposal), (1, AhProposal), (1, AhAndEspProposal)).Array[1, 3], Pfs,
            (p, pfs) => new QuickModeRecipe(new ValueList<QuickModeProposal>(p), pfs));

        private static readonly Gen<CertificateCriteria> Criteria = Gen.Select(
            OddText.Null(0.5),
            Gen.OneOf(CertificateNameType.DomainName, CertificateNameType.CommonName, CertificateNameType.UserPrincipalName, CertificateNameType.OrganizationalUnit),
            Gen.OneOf("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.8.2.2").Array[0, 2],
            Gen.Char["0123456789abcdef"].Array[40].Select(c => new string(c)).Null(0.6),
            Gen.OneOf((true, true), (true, false), (false, true)),
            (subject, nameType, ekus, thumbprint, use) => new CertificateCriteria
            {
                // A criterion must match on something: fall back to the subject when nothing else was drawn.
                SubjectName = subject ?? (ekus.Length == 0 && thumbprint == null ? "server.contoso.com" : null),
                SubjectNameType = subject != null || (ekus.Length == 0 && thumbprint == null) ? nameType : CertificateNameType.None,
                ExtendedKeyUsages = new ValueList<string>(ekus.Distinct()),
                Thumbprint = thumbprint,
                Selection = use.Item1,
                Validation = use.Item2,
            });

        private static Gen<AuthenticationProposal> Certificate(AuthenticationMethod method, CertificateSigning signing) => Gen.Select(
            Gen.OneOf(CertificateAuthorities), Gen.Bool, Gen.Bool, Gen.Bool, Criteria.Null(0.6),
            (ca, intermediate, map, exclude, criteria) => new AuthenticationProposal
            {
                Method = method,
                CertificateAuthority = ca,
                Signing = signing,
                AuthorityType = intermediate ? CertificateAuthorityType.Intermediate : CertificateAuthorityType.Root,
                MapToAccount = map,
                ExcludeCertificateAuthorityName = exclude && method == AuthenticationMethod.MachineCertificate,
                Criteria = criteria,
            });

        private static Gen<AuthenticationProposal[]> Certificates(AuthenticationMethod method, int min, int max) =>
            Gen.Enum<CertificateSigning>().SelectMany(signing => Certificate(method, signing).Array[min, max]);

        /// <summary>Phase 1 with computer certificates only (the only phase 1 IKEv2 takes).</summary>
        public static readonly Gen<ValueList<AuthenticationProposal>> CertificateOnlyPhase1 =
            Certificates(AuthenticationMethod.MachineCertificate, 1, 3).Select(c => new ValueList<AuthenticationProposal>(c));

        /// <summary>Phase 1 mixing Kerberos, NTLM or PSK (never both), certificates and anonymous (never alone).</summary>
        public static readonly Gen<ValueList<AuthenticationProposal>> MixedPhase1 = Gen.Select(
            Gen.Bool, Gen.OneOf("kdcproxy.contoso.com").Null(0.7), Gen.Int[0, 2], OddText, Certificates(AuthenticationMethod.MachineCertificate, 0, 2), Gen.Bool,
            (kerberos, proxy, ntlmOrPsk, key, certificates, anonymous) =>
            {
                var proposals = new System.Collections.Generic.List<AuthenticationProposal>();
                if (kerberos || ntlmOrPsk == 0)
                {
                    proposals.Add(new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos, KerberosProxy = proxy });
                }

                if (ntlmOrPsk == 1)
                {
                    proposals.Add(new AuthenticationProposal { Method = AuthenticationMethod.MachineNtlm });
                }
                else if (ntlmOrPsk == 2)
                {
                    proposals.Add(new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = PresharedKeyPrefix + key });
                }

                proposals.AddRange(certificates);
                if (anonymous)
                {
                    proposals.Add(new AuthenticationProposal { Method = AuthenticationMethod.Anonymous });
                }

                return new ValueList<AuthenticationProposal>(proposals);
            });

        /// <summary>Every generated pre-shared key starts with this, so tests can look for leaks.</summary>
        public const string PresharedKeyPrefix = "psk-secret:";

        /// <summary>Phase 2: a health certificate, or user methods (computer and user certificates never together).</summary>
        public static readonly Gen<ValueList<AuthenticationProposal>> Phase2 = Gen.Select(
            Gen.Bool, Certificates(AuthenticationMethod.MachineHealthCertificate, 1, 1), Gen.Bool, Gen.Bool, Certificates(AuthenticationMethod.UserCertificate, 0, 1),
            (health, healthCertificate, userKerberos, userNtlm, userCertificate) => new ValueList<AuthenticationProposal>(health
                ? healthCertificate
                : (userKerberos || (!userNtlm && userCertificate.Length == 0) ? new[] { new AuthenticationProposal { Method = AuthenticationMethod.UserKerberos } } : Array.Empty<AuthenticationProposal>())
                    .Concat(userNtlm ? new[] { new AuthenticationProposal { Method = AuthenticationMethod.UserNtlm } } : Array.Empty<AuthenticationProposal>())
                    .Concat(userCertificate)));

        /// <summary>Authentication and the key modules that go with it.</summary>
        public static readonly Gen<AuthRecipe> Authentication = Gen.Select(
            Gen.Bool, CertificateOnlyPhase1, MixedPhase1, Phase2.Null(0.7),
            Gen.OneOf<KeyModule?>(null, KeyModule.IkeV2, KeyModule.IkeV1, KeyModule.IkeV1 | KeyModule.IkeV2, KeyModule.AuthIP),
            Gen.OneOf<KeyModule?>(null, KeyModule.IkeV1, KeyModule.AuthIP, KeyModule.IkeV1 | KeyModule.AuthIP),
            (certificateOnly, certificates, mixed, phase2, certificateKeyModule, otherKeyModule) => new AuthRecipe(
                certificateOnly ? certificates : mixed,
                phase2,
                phase2 != null ? KeyModule.AuthIP : certificateOnly ? certificateKeyModule : otherKeyModule));

        private static readonly Gen<(string Local, string[] Remote)> TunnelEndpoints = Gen.OneOf(
            Gen.Select(Gen.Int[1, 254], Gen.Int[1, 254].Array[1, 2], (l, r) => ("192.0.2." + l, r.Distinct().Select(h => "198.51.100." + h).ToArray())),
            Gen.Select(Gen.Int[1, 0xfff], Gen.Int[1, 0xfff].Array[1, 2], (l, r) => ("2001:db8:1::" + l.ToString("x", System.Globalization.CultureInfo.InvariantCulture), r.Distinct().Select(h => "2001:db8:2::" + h.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray())));

        private static readonly Gen<RuleTexts> Texts = Gen.Select(OddText, OddText.Null(0.3), OddText.Null(0.5), Gen.Bool, Gen.Int[0, 7], Gen.Enum<ProtectionRequirement>(),
            (id, name, description, enabled, profiles, protection) => new RuleTexts(id, name, description, enabled, (FirewallProfiles)profiles, protection));

        private const int AnyProtocol = -1;

        private static readonly Gen<Traffic> TrafficGen = Gen.Select(
            LocalAddress.Array[0, 2], RemoteAddress.Array[0, 3],
            Gen.Frequency((3, Gen.Const(AnyProtocol)), (2, Gen.Const(IpProtocols.Tcp)), (2, Gen.Const(IpProtocols.Udp)), (1, Gen.OneOf(IpProtocols.IcmpV4, IpProtocols.IcmpV6, 47))),
            Ports, Ports, Gen.Int[1, 7],
            (local, remote, protocolNumber, localPorts, remotePorts, interfaces) =>
            {
                int? protocol = protocolNumber == AnyProtocol ? null : protocolNumber;
                var ported = protocol == IpProtocols.Tcp || protocol == IpProtocols.Udp;
                var localList = local.Distinct().ToArray();
                return new Traffic(
                    new ValueList<string>(localList), new ValueList<string>(remote.Distinct()), protocol,
                    new ValueList<string>(ported ? localPorts : Array.Empty<string>()), new ValueList<string>(ported ? remotePorts : Array.Empty<string>()),
                    localList.Length == 0 ? (InterfaceTypes)interfaces : InterfaceTypes.Any);
            });

        /// <summary>One rule: transport (most), tunnel, or exemption.</summary>
        public static readonly Gen<RuleRecipe> Rule = Gen.Select(
            Gen.Frequency((6, Gen.Const(RuleKind.Transport)), (2, Gen.Const(RuleKind.Tunnel)), (1, Gen.Const(RuleKind.Exemption))),
            Texts, TrafficGen, Authentication,
            Gen.Select(MainMode, EspQuickMode, AnyQuickMode, Gen.Bool),
            Gen.OneOf((SecurityAction.Require, SecurityAction.Require), (SecurityAction.Require, SecurityAction.Request), (SecurityAction.Request, SecurityAction.Request)),
            TunnelEndpoints, Gen.Select(Sddl.Null(0.7), Sddl.Null(0.7)),
            (kind, texts, traffic, auth, crypto, security, tunnel, sddl) =>
            {
                // Tunnels get no phase 2 (kept simple); AH only where IKEv2 can never be chosen.
                var ruleAuth = kind == RuleKind.Tunnel && auth.Phase2 != null ? auth with { Phase2 = null } : auth;
                var allowsAh = ruleAuth.KeyModule is KeyModule k && (k & KeyModule.IkeV2) == 0 && kind == RuleKind.Transport;
                return kind switch
                {
                    RuleKind.Exemption => new RuleRecipe(kind, texts, traffic, (SecurityAction.None, SecurityAction.None), null, null, null, null, null, null, null, false),
                    RuleKind.Tunnel => new RuleRecipe(kind, texts, traffic with { Protocol = null, LocalPorts = ValueList<string>.Empty, RemotePorts = ValueList<string>.Empty },
                        (SecurityAction.Require, SecurityAction.Require), ruleAuth, crypto.Item1, crypto.Item2, tunnel.Local, new ValueList<string>(tunnel.Remote), null, null, crypto.Item4),
                    _ => new RuleRecipe(kind, texts, traffic, security, ruleAuth, crypto.Item1, allowsAh ? crypto.Item3 : crypto.Item2, null, null, sddl.Item1, sddl.Item2, crypto.Item4),
                };
            });

        /// <summary>Global settings, or null to leave them unchanged.</summary>
        public static readonly Gen<GlobalIpsecSettings?> Settings = Gen.Select(
            Gen.Int[0, 15], Gen.OneOf(CertValidationLevel.AttemptCrlCheck, CertValidationLevel.RequireCrlCheck),
            Gen.OneOf(IpsecThroughNat.None, IpsecThroughNat.Server, IpsecThroughNat.Both), Gen.OneOf(PresharedKeyEncoding.Utf8, PresharedKeyEncoding.Utf16),
            Gen.Int[300, 3600], Sddl.Null(0.6).Array[4], Gen.Bool,
            (exemptions, crl, nat, encoding, idle, lists, noDefaultExempt) => new GlobalIpsecSettings
            {
                Exemptions = (IpsecExemptions)exemptions,
                CertValidationLevel = crl,
                AllowIpsecThroughNat = nat,
                KeyEncoding = encoding,
                MaxSaIdleTimeSeconds = idle,
                RemoteMachineTunnelAuthorizationList = lists[0],
                RemoteUserTunnelAuthorizationList = lists[1],
                RemoteMachineTransportAuthorizationList = lists[2],
                RemoteUserTransportAuthorizationList = lists[3],
                NoDefaultExempt = noDefaultExempt,
            }).Null(0.2)!;

        /// <summary>A whole policy as a printable recipe (build it with <see cref="PolicyRecipe.Build"/>).</summary>
        public static readonly Gen<PolicyRecipe> Recipe = Gen.Select(
            GroupName, Gen.Enum<ProtectionRequirement>(), Rule.Array[1, 5], EspQuickMode.Null(0.5), Settings,
            (group, protection, rules, shared, settings) => new PolicyRecipe(group, protection, new ValueList<RuleRecipe>(rules), shared, settings));

        /// <summary>Random valid policies, built through <see cref="IpsecPolicy.Create"/>.</summary>
        public static readonly Gen<IpsecPolicy> Policy = Recipe.Select(r => r.Build());
    }

    public enum RuleKind
    {
        Transport,
        Tunnel,
        Exemption,
    }

    public sealed record MainModeRecipe(ValueList<MainModeProposal> Proposals, int? LifetimeMinutes, int? MaxSessions, bool SkipDiffieHellman);

    public sealed record QuickModeRecipe(ValueList<QuickModeProposal> Proposals, PfsGroup Pfs);

    public sealed record AuthRecipe(ValueList<AuthenticationProposal> Phase1, ValueList<AuthenticationProposal>? Phase2, KeyModule? KeyModule);

    public sealed record RuleTexts(string IdStem, string? DisplayName, string? Description, bool Enabled, FirewallProfiles Profiles, ProtectionRequirement Protection);

    public sealed record Traffic(ValueList<string> Local, ValueList<string> Remote, int? Protocol, ValueList<string> LocalPorts, ValueList<string> RemotePorts, InterfaceTypes InterfaceTypes);

    /// <summary>Everything drawn for one rule; <see cref="Apply"/> replays it on a rule builder.</summary>
    public sealed record RuleRecipe(
        RuleKind Kind, RuleTexts Texts, Traffic Traffic, (SecurityAction In, SecurityAction Out) Security, AuthRecipe? Auth,
        MainModeRecipe? MainMode, QuickModeRecipe? QuickMode, string? LocalTunnelEndpoint, ValueList<string>? RemoteTunnelEndpoints,
        string? AuthorizedMachines, string? AuthorizedUsers, bool UseSharedQuickMode)
    {
        public void Apply(ConnectionSecurityRuleBuilder rule, QuickModeCryptoSet? shared)
        {
            if (Texts.DisplayName != null)
            {
                rule.WithDisplayName(Texts.DisplayName);
            }

            if (Texts.Description != null)
            {
                rule.WithDescription(Texts.Description);
            }

            if (!Texts.Enabled)
            {
                rule.Disabled();
            }

            rule.ForProfiles(Texts.Profiles).WithProtectionRequirement(Texts.Protection)
                .WithSecurity(Security.In, Security.Out)
                .WithLocalAddresses(Traffic.Local.ToArray())
                .WithRemoteAddresses(Traffic.Remote.ToArray())
                .WithLocalPorts(Traffic.LocalPorts.ToArray())
                .WithRemotePorts(Traffic.RemotePorts.ToArray())
                .OnInterfaceTypes(Traffic.InterfaceTypes);
            if (Traffic.Protocol is int protocol)
            {
                rule.WithProtocol(protocol);
            }

            if (Kind == RuleKind.Tunnel)
            {
                rule.Tunnel(LocalTunnelEndpoint!, RemoteTunnelEndpoints!.ToArray());
            }

            if (AuthorizedMachines != null)
            {
                rule.AuthorizeMachines(AuthorizedMachines);
            }

            if (AuthorizedUsers != null)
            {
                rule.AuthorizeUsers(AuthorizedUsers);
            }

            if (Auth != null)
            {
                ApplyAuthentication(rule, Auth);
            }

            if (MainMode != null)
            {
                rule.UseMainMode(m =>
                {
                    foreach (var proposal in MainMode.Proposals)
                    {
                        m.AddProposal(proposal);
                    }

                    if (MainMode.LifetimeMinutes is int minutes)
                    {
                        m.WithLifetime(minutes);
                    }

                    if (MainMode.MaxSessions is int sessions)
                    {
                        m.WithMaxSessions(sessions);
                    }

                    if (MainMode.SkipDiffieHellman)
                    {
                        m.AllowSkippingDiffieHellman();
                    }
                });
            }

            if (UseSharedQuickMode && shared != null)
            {
                rule.UseQuickMode(shared);
            }
            else if (QuickMode != null)
            {
                rule.UseQuickMode(q =>
                {
                    foreach (var proposal in QuickMode.Proposals)
                    {
                        q.AddProposal(proposal);
                    }

                    q.WithPfs(QuickMode.Pfs);
                });
            }
        }

        private static void ApplyAuthentication(ConnectionSecurityRuleBuilder rule, AuthRecipe auth)
        {
            foreach (var p in auth.Phase1)
            {
                _ = p.Method switch
                {
                    AuthenticationMethod.MachineCertificate => rule.AuthenticateWithCertificate(p.CertificateAuthority!, c => Configure(c, p)),
                    AuthenticationMethod.MachineKerberos => rule.AuthenticateWithKerberos(p.KerberosProxy),
                    AuthenticationMethod.MachineNtlm => rule.AuthenticateWithNtlm(),
                    AuthenticationMethod.PresharedKey => rule.AuthenticateWithPresharedKey(p.PresharedKey!),
                    AuthenticationMethod.Anonymous => rule.AllowAnonymous(),
                    _ => throw new InvalidOperationException("Not a phase-1 method: " + p.Method),
                };
            }

            foreach (var p in auth.Phase2 ?? ValueList<AuthenticationProposal>.Empty)
            {
                _ = p.Method switch
                {
                    AuthenticationMethod.UserKerberos => rule.AuthenticateUserWithKerberos(p.KerberosProxy),
                    AuthenticationMethod.UserNtlm => rule.AuthenticateUserWithNtlm(),
                    AuthenticationMethod.UserCertificate => rule.AuthenticateUserWithCertificate(p.CertificateAuthority!, c => Configure(c, p)),
                    AuthenticationMethod.MachineHealthCertificate => rule.AuthenticateWithHealthCertificate(p.CertificateAuthority!, c => Configure(c, p)),
                    _ => throw new InvalidOperationException("Not a phase-2 method: " + p.Method),
                };
            }

            if (auth.KeyModule is KeyModule keyModule)
            {
                rule.UseKeyModule(keyModule);
            }
        }

        private static void Configure(CertificateProposalBuilder certificate, AuthenticationProposal p)
        {
            certificate.WithSigning(p.Signing);
            if (p.AuthorityType == CertificateAuthorityType.Intermediate)
            {
                certificate.IssuedByIntermediateCa();
            }

            if (p.MapToAccount)
            {
                certificate.MapToAccount();
            }

            if (p.ExcludeCertificateAuthorityName)
            {
                certificate.ExcludeAuthorityName();
            }

            if (p.Criteria != null)
            {
                certificate.WithCriteria(_ => p.Criteria);
            }
        }
    }

    /// <summary>A whole generated policy; printed by CsCheck when a property fails.</summary>
    public sealed record PolicyRecipe(string Group, ProtectionRequirement Protection, ValueList<RuleRecipe> Rules, QuickModeRecipe? SharedQuickMode, GlobalIpsecSettings? Settings)
    {
        /// <summary>The ID of the quick-mode set rules may share (rule IDs end in "-n", so it never clashes).</summary>
        public const string SharedQuickModeId = "shared quick mode";

        public IpsecPolicy Build()
        {
            var shared = SharedQuickMode == null ? null : new QuickModeCryptoSet
            {
                Id = SharedQuickModeId,
                DisplayName = "Shared quick mode",
                Proposals = SharedQuickMode.Proposals,
                PfsGroup = SharedQuickMode.Pfs,
            };
            var builder = IpsecPolicy.Create(Group).WithProtectionRequirement(Protection);
            for (var i = 0; i < Rules.Count; i++)
            {
                var rule = Rules[i];
                builder.AddRule(rule.Texts.IdStem + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), r => rule.Apply(r, shared));
            }

            if (Settings == null)
            {
                builder.LeaveGlobalSettingsUnchanged();
            }
            else
            {
                builder.WithSettings(_ => Settings);
            }

            return builder.Build();
        }
    }
}
