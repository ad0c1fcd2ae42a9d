using System;
using System.IO;
using System.Text;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    public class StreamingTests
    {
        [Fact]
        public void Streaming_to_a_writer_gives_the_same_script_as_the_string_overload()
        {
            var policy = SamplePolicies.KitchenSink();
            var options = new PowerShellExportOptions();
            using var writer = new StringWriter();

            PowerShellScriptWriter.Write(policy, writer, options);

            Assert.Equal(PowerShellScriptWriter.Write(policy, options), writer.ToString());
        }

        [Fact]
        public void Save_writes_utf8_with_a_byte_order_mark()
        {
            var path = Path.Combine(Path.GetTempPath(), "ipsecsdk-" + Guid.NewGuid().ToString("N") + ".ps1");
            try
            {
                PowerShellScriptWriter.Save(SamplePolicies.Minimal(), path);

                var bytes = File.ReadAllBytes(path);
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
                Assert.Equal(PowerShellScriptWriter.Write(SamplePolicies.Minimal()), new UTF8Encoding(true).GetString(bytes, 3, bytes.Length - 3));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Save_keeps_the_previous_file_when_the_policy_is_refused()
        {
            var path = Path.Combine(Path.GetTempPath(), "ipsecsdk-" + Guid.NewGuid().ToString("N") + ".ps1");
            var minimal = SamplePolicies.Minimal();
            var first = minimal.Rules[0];
            // Not built through the builder: two different quick-mode sets share one ID, which the gate refuses before anything is written.
            var conflicting = minimal with
            {
                Rules = ValueList.Of(first, first with { Id = "second", QuickMode = first.QuickMode! with { PfsGroup = PfsGroup.Dh14 } }),
            };
            File.WriteAllText(path, "previous");
            try
            {
                Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Save(conflicting, path));

                Assert.Equal("previous", File.ReadAllText(path));
                Assert.False(File.Exists(path + ".tmp"));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
