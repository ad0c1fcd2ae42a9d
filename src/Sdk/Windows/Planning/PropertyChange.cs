using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>One property a plan changes: old value (null when the object is new) and new value.</summary>
    public sealed record PropertyChange(string Name, CimValueType Type, object? OldValue, object? NewValue, bool IsSecret)
    {
        /// <summary>The change as <c>old -> new</c>, secrets (and embedded pre-shared keys) as "(secret)".</summary>
        public string Describe(bool isNewObject) =>
            isNewObject ? Show(NewValue) : Show(OldValue) + " -> " + Show(NewValue);

        private string Show(object? value) => IsSecret && value != null ? "(secret)" : CimPropertyValue.FormatValue(value, redactSecrets: true);
    }
}
