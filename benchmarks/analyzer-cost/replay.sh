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
log="$OUT/logs/r$ROUND-$VARIANT.log"
[ -f "$log" ] || { echo "no $log: run run.sh first" >&2; exit 2; }

# The Csc task logs the full command line at detailed verbosity: "<sdk>/Roslyn/bincore/csc <arguments>".
line=$(grep -m1 -E "/Roslyn/bincore/csc /noconfig" "$log")
csc_dll="$(echo "$line" | grep -oE '/\S+/Roslyn/bincore/csc').dll"
rsp="$OUT/replay-$VARIANT.rsp"
echo "$line" | sed -E 's#^ *\S+/Roslyn/bincore/csc ##' > "$rsp"
if [ -n "${ANALYZER_DLL:-}" ]; then
  sed -i -E "s#/analyzer:\S*IpsecSdk\.Analyzers\.dll#/analyzer:$ANALYZER_DLL#" "$rsp"
fi
project="$OUT/$(case "${VARIANT%b}" in V2|V3) echo plain ;; V6|V7) echo strong ;; *) echo ipsec ;; esac)"

for i in $(seq "$TIMES"); do
  echo "== replay $i of $VARIANT ($([ "${PARALLEL:-0}" = 1 ] && echo parallel || echo single-threaded))"
  (cd "$project" && dotnet exec "$csc_dll" "@$rsp" $([ "${PARALLEL:-0}" = 1 ] || echo /parallel-)) |
    grep -E "Total analyzer execution time|IpsecSdk\.Analyzers, Version|DoNotUseInsecureCryptographicAlgorithmsAnalyzer" || true
done
