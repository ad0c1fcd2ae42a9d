#!/usr/bin/env bash
# Replays the exact csc command line of a build measured by run.sh, single-threaded (/parallel-), and prints
# ReportAnalyzer's lines for the IPSEC analyzers and CA5350/CA5351. With ANALYZER_DLL set, that analyzer assembly
# replaces the measured one: a quick A/B of a change without rebuilding the consumers. Single-threaded times do not
# include waiting for a CPU, which dominates the attributed times of a parallel build on a small machine.
# Usage: benchmarks/analyzer-cost/replay.sh   (environment: OUT=/tmp/ipsec-analyzer-cost VARIANT=V6 ROUND=1 TIMES=3
#                                              ANALYZER_DLL=/path/IpsecSdk.Analyzers.dll PARALLEL=1 to keep csc's
#                                              own parallel compile, as the measured build had it)
set -euo pipefail
OUT=${OUT:-/tmp/ipsec-analyzer-cost}
VARIANT=${VARIANT:-V6}
ROUND=${ROUND:-1}
TIMES=${TIMES:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/measured-compile.sh" "replay-$VARIANT.rsp"

for i in $(seq "$TIMES"); do
  echo "== replay $i of $VARIANT ($([ "${PARALLEL:-0}" = 1 ] && echo parallel || echo single-threaded))"
  (cd "$project" && dotnet exec "$csc_dll" "@$rsp" $([ "${PARALLEL:-0}" = 1 ] || echo /parallel-)) |
    grep -E "Total analyzer execution time|IpsecSdk\.Analyzers, Version|DoNotUseInsecureCryptographicAlgorithmsAnalyzer" || true
done
