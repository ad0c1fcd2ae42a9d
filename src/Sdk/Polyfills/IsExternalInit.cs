#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Lets netstandard2.0 compile records and init-only setters; the runtime never looks at it.
    internal static class IsExternalInit
    {
    }
}
#endif
