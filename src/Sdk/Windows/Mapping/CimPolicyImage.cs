using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>
    /// A policy as the CIM objects that represent it: the owned sets, rules and their filters (in creation
    /// order), the store's global settings and the <c>NoDefaultExempt</c> registry value.
    /// </summary>
    public sealed class CimPolicyImage
    {
        /// <summary>Creates an image.</summary>
        public CimPolicyImage(string group, IEnumerable<CimInstanceDescription> objects, CimInstanceDescription? settings, CimInstanceDescription? noDefaultExempt)
        {
            Group = group;
            Objects = new ValueList<CimInstanceDescription>(objects);
            Settings = settings;
            NoDefaultExempt = noDefaultExempt;
        }

        /// <summary>The owner group (<c>RuleGroup</c>) of every set and rule.</summary>
        public string Group { get; }

        /// <summary>Sets, rules and filters, ordered so that every reference points backwards.</summary>
        public ValueList<CimInstanceDescription> Objects { get; }

        /// <summary><c>MSFT_NetSecuritySettingData</c>, or null to leave the store's settings alone.</summary>
        public CimInstanceDescription? Settings { get; }

        /// <summary>The <c>NoDefaultExempt</c> registry value (see <see cref="RegistryDword"/>), or null to leave it alone.</summary>
        public CimInstanceDescription? NoDefaultExempt { get; }

        /// <summary>Everything the image holds, objects first.</summary>
        public IEnumerable<CimInstanceDescription> All()
        {
            var all = Objects.AsEnumerable();
            if (Settings != null)
            {
                all = all.Concat(new[] { Settings });
            }

            return NoDefaultExempt == null ? all : all.Concat(new[] { NoDefaultExempt });
        }
    }
}
