#!/usr/bin/env bash
# The README's test command: restores, builds and runs every test project of the solution.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test IpsecSdk.sln --nologo "$@"
