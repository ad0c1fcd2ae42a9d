using System.Globalization;

namespace IpsecSdk.Validation
{
    /// <summary>Builds finding paths in the camelCase JSON shape, e.g. <c>rules[0].quickMode.proposals[1].espIntegrity</c>.</summary>
    internal static class PolicyPath
    {
        internal static string Rule(int index) => Index("rules", index);

        internal static string Member(string parent, string member) => parent.Length == 0 ? member : parent + "." + member;

        internal static string Index(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }
}
