using System;

namespace IpsecSdk.Building
{
    internal static class Guard
    {
        internal static T NotNull<T>(T? value, string parameter)
            where T : class => value ?? throw new ArgumentNullException(parameter, "'" + parameter + "' must not be null.");
    }
}
