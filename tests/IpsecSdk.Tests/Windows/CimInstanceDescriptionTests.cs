using System;
using System.Linq;
using IpsecSdk.Windows.Cim;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    public sealed class CimInstanceDescriptionTests
    {
        [Theory]
        [InlineData(3)]
        [InlineData(40)]
        public void Names_are_found_case_insensitively_and_duplicates_are_refused(int count)
        {
            var properties = Enumerable.Range(0, count).Select(i => new CimPropertyValue("P" + i, CimValueType.UInt32, (uint)i)).ToList();
            var instance = new CimInstanceDescription("C", null, properties);

            Assert.Equal((uint)(count - 1), instance["p" + (count - 1)]);
            Assert.Null(instance.Find("missing"));
            var error = Assert.Throws<ArgumentException>(() => new CimInstanceDescription("C", null, properties.Append(new CimPropertyValue("p0", CimValueType.String, "x"))));
            Assert.Contains("'p0' appears twice", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_value_of_the_wrong_clr_type_is_refused_with_name_type_and_value()
        {
            var error = Assert.Throws<ArgumentException>(() => new CimPropertyValue("PfsGroupID", CimValueType.UInt16, 14));

            Assert.Contains("'PfsGroupID' of type UInt16 needs a UInt16 value, not Int32 (14)", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Descriptions_compare_by_value()
        {
            var a = new CimInstanceDescription("C", new CimObjectKey("C", "x"), new[] { new CimPropertyValue("L", CimValueType.StringArray, ValueList.Of("a", "b")) });
            var b = new CimInstanceDescription("C", new CimObjectKey("C", "x"), new[] { new CimPropertyValue("L", CimValueType.StringArray, ValueList.Of("a", "b")) });

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, a.With(new CimPropertyValue("L", CimValueType.StringArray, ValueList.Of("a"))));
        }
    }
}
