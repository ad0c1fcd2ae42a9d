#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project of the solution.
set -euo pipefail
cd "$(dirname "$0")"
# Tests of the real MI gateway carry Trait Platform=WindowsOnly and run only on Windows; the test that
# MI fails clearly elsewhere carries Platform=NonWindows and runs everywhere else.
if [[ "$(uname -s)" == MINGW* || "$(uname -s)" == MSYS* || "$(uname -s)" == CYGWIN* ]]; then
  dotnet test IpsecSdk.sln --nologo --filter "Platform!=NonWindows" "$@"
else
  dotnet test IpsecSdk.sln --nologo --filter "Platform!=WindowsOnly" "$@"
fi
