namespace IpsecSdk.Validation
{
    /// <summary>
    /// A Kerberos proxy (CIM <c>MSFT_NetIKEKerbAuthProposal.KerbProxy</c>, <c>New-NetIPsecAuthProposal -Proxy</c>): the proxy's
    /// FQDN, as a DNS host name of RFC 1123: labels of letters, digits and hyphens (not at either end), 1..63 characters each,
    /// separated by dots, 253 characters at most.
    /// </summary>
    internal static class HostNameLiteral
    {
        private const int MaxLength = 253;
        private const int MaxLabelLength = 63;

        /// <summary>Null when <paramref name="text"/> is a host name, else why not.</summary>
        internal static string? Problem(string text)
        {
            if (text.Length == 0 || text.Length > MaxLength)
            {
                return "it has " + text.Length + " characters; a host name has 1.." + MaxLength;
            }

            var labelStart = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '.')
                {
                    var c = text[i];
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                    {
                        return "'" + c + "' at position " + i + " is not a letter, digit, '-' or '.'; write the proxy's FQDN, e.g. 'kdcproxy.contoso.com'";
                    }

                    continue;
                }

                var length = i - labelStart;
                if (length == 0 || length > MaxLabelLength || text[labelStart] == '-' || text[i - 1] == '-')
                {
                    return "the label at position " + labelStart + " is empty, longer than " + MaxLabelLength + " characters or starts or ends with '-'";
                }

                labelStart = i + 1;
            }

            return null;
        }
    }
}
