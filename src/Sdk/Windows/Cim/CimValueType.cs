namespace IpsecSdk.Windows.Cim
{
    /// <summary>
    /// The CIM type of a property value. Names and numbers are those of
    /// the MI .NET API's <c>CimType</c>, so a gateway translates them 1:1 by number.
    /// </summary>
    public enum CimValueType
    {
        /// <summary>CIM boolean (.NET <see cref="bool"/>).</summary>
        Boolean = 1,
        /// <summary>CIM uint8 (.NET <see cref="byte"/>).</summary>
        UInt8 = 2,
        /// <summary>CIM uint16 (.NET <see cref="ushort"/>).</summary>
        UInt16 = 4,
        /// <summary>CIM uint32 (.NET <see cref="uint"/>).</summary>
        UInt32 = 6,
        /// <summary>CIM uint64 (.NET <see cref="ulong"/>).</summary>
        UInt64 = 8,
        /// <summary>CIM string (.NET <see cref="string"/>).</summary>
        String = 14,
        /// <summary>One embedded instance (.NET <see cref="CimInstanceDescription"/>).</summary>
        Instance = 16,
        /// <summary>CIM uint16[] (.NET <see cref="ValueList{T}"/> of <see cref="ushort"/>).</summary>
        UInt16Array = 20,
        /// <summary>CIM string[] (.NET <see cref="ValueList{T}"/> of <see cref="string"/>).</summary>
        StringArray = 30,
        /// <summary>Embedded instances (.NET <see cref="ValueList{T}"/> of <see cref="CimInstanceDescription"/>).</summary>
        InstanceArray = 32,
    }
}
