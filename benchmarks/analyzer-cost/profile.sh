#!/usr/bin/env bash
# Profiles one compilation of a run.sh consumer: replays the exact csc command line of a measured build (default: round 1
# of V1) under dotnet-trace, single-threaded (/parallel-) so callbacks do not compete with each other, then splits the
# analyzers' callback time with attribute.py. Run run.sh first (same OUT).
# Usage: benchmarks/analyzer-cost/profile.sh   (environment: OUT=/tmp/ipsec-analyzer-cost VARIANT=V1 ROUND=1 TOP=40
#                                              ANALYZER_DLL=/path/IpsecSdk.Analyzers.dll, as in replay.sh)
set -euo pipefail
OUT=${OUT:-/tmp/ipsec-analyzer-cost}
VARIANT=${VARIANT:-V1}
ROUND=${ROUND:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/measured-compile.sh" "$VARIANT.rsp"

# dotnet-trace from NuGet, kept with the outputs.
TRACE="$OUT/tools/dotnet-trace"
[ -x "$TRACE" ] || dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$OUT/tools" >/dev/null

echo "== tracing csc ($VARIANT, single-threaded) in $project"
(cd "$project" && "$TRACE" collect --profile dotnet-common,dotnet-sampled-thread-time -o "$OUT/$VARIANT.nettrace" --show-child-io \
  -- "$(command -v dotnet)" exec "$csc_dll" "@$rsp" /parallel-) \
  | grep -E "Total analyzer execution time|IpsecSdk\.Analyzers|DoNotUseInsecureCryptographicAlgorithmsAnalyzer" || true
"$TRACE" convert "$OUT/$VARIANT.nettrace" --format speedscope -o "$OUT/$VARIANT.json" >/dev/null
python3 "$HERE/attribute.py" "$OUT/$VARIANT.speedscope.json" "${TOP:-40}" | tee "$OUT/$VARIANT.profile.txt"
