#!/usr/bin/env bash
# Measures the IpsecSdk analyzers' compile-time cost against CA5350+CA5351 on generated consumer projects.
# Usage: benchmarks/analyzer-cost/run.sh
#   environment: FILES=2000 ROUNDS=5 VARIANTS="V1 V4 V0 V5 V6 V7 V2 V3" OUT=/tmp/ipsec-analyzer-cost
#                ANALYZER_DLL=/path/IpsecSdk.Analyzers.dll (skip building src/Analyzers)
#                SDK_DLL=/path/IpsecSdk.dll (net8.0; skip building src/Sdk)
#                ANALYZER_DLL_B=/path/other/IpsecSdk.Analyzers.dll: variants suffixed "b" (V1b, V5b, ...) load this
#                one instead, to A/B a patched analyzer in the same rounds
# Variants (see README.md); all build with AnalysisMode=None and everything not named below off:
#   V1  consumer WITH IpsecSdk:    IPSEC analyzers + CA5350/CA5351 at warning
#   V4  consumer WITH IpsecSdk:    CA5350/CA5351 only, IPSEC analyzer assembly not loaded   (V1 - V4 = IPSEC's marginal cost)
#   V2  consumer WITHOUT IpsecSdk: IPSEC analyzers loaded + CA5350/CA5351 at warning         (must cost ~0)
#   V3  consumer WITHOUT IpsecSdk: CA5350/CA5351 only, IPSEC analyzer assembly not loaded   (V2 - V3 = IPSEC's marginal cost)
#   V5  consumer WITH IpsecSdk:    IPSEC analyzers only (CA5350/CA5351 off)                  (IPSEC running alone)
#   V0  consumer WITH IpsecSdk:    no analyzer at all                                         (plain compile)
#   V6  all-strong IpsecSdk consumer: IPSEC analyzers only; they report nothing               (analysis alone)
#   V7  all-strong IpsecSdk consumer: no analyzer at all                                      (V6 - V7)
set -euo pipefail

FILES=${FILES:-2000}
ROUNDS=${ROUNDS:-5}
VARIANTS=${VARIANTS:-"V1 V4 V0 V5 V6 V7 V2 V3"}
OUT=${OUT:-/tmp/ipsec-analyzer-cost}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=common.sh
. "$HERE/common.sh"
build_inputs

echo "== generating $FILES files per consumer in $OUT"
python3 "$HERE/generate.py" --out "$OUT" --files "$FILES" --sdk-dll "$SDK_DLL" --analyzer-dll "$ANALYZER_DLL"

write_configs

project_of() {
  case "${1%b}" in V0|V1|V4|V5) echo ipsec ;; V6|V7) echo strong ;; V2|V3) echo plain ;; *) echo "unknown variant $1" >&2; exit 2 ;; esac
}
args_of() {
  if [ "${1%b}" != "$1" ]; then echo "-p:IpsecAnalyzerPath=${ANALYZER_DLL_B:?variants ending in b need ANALYZER_DLL_B}"; fi
  case "${1%b}" in
    V1|V2) echo "-p:BenchConfig=$OUT/measure.globalconfig" ;;
    V3|V4) echo "-p:BenchConfig=$OUT/ca-only.globalconfig -p:WithIpsecAnalyzers=false" ;;
    V5|V6) echo "-p:BenchConfig=$OUT/ipsec-only.globalconfig" ;;
    V0|V7) echo "-p:BenchConfig=$OUT/off.globalconfig -p:WithIpsecAnalyzers=false" ;;
  esac
}

mkdir -p "$OUT/logs"
for p in ipsec strong plain; do dotnet restore "$OUT/$p" -nologo -v:q; done

echo "== $ROUNDS rounds of: $VARIANTS  (load: $(cut -d' ' -f1-3 /proc/loadavg))"
rm -f "$OUT"/logs/*.log
for round in $(seq 1 "$ROUNDS"); do
  for v in $VARIANTS; do
    project="$OUT/$(project_of "$v")"
    # Clean compile every time: build outputs removed (restore results kept), no compiler server left over.
    rm -rf "${project:?}/bin" "$project/obj/Debug"
    dotnet build-server shutdown >/dev/null 2>&1 || true
    log="$OUT/logs/r$round-$v.log"
    # Wall time and CPU time (user + system) of the build and every process it waited for, csc included (timed.py). CPU
    # seconds are far less disturbed by other load on the machine than the wall-clock times ReportAnalyzer attributes.
    # UseSharedCompilation=false: csc runs as a child process of the build, so its CPU is counted; with a compiler
    # server (the SDK's default where the environment does not turn it off) the compile would run in the server.
    # shellcheck disable=SC2046
    python3 "$HERE/timed.py" "$log.time" -- dotnet build "$project" --no-restore -nologo -v:q -nodeReuse:false \
      -p:UseSharedCompilation=false -p:ReportAnalyzer=true -p:AnalysisMode=None $(args_of "$v") \
      "-flp:logfile=$log;verbosity=detailed;performancesummary" >/dev/null
    cat "$log.time" >> "$log" && rm "$log.time"
    echo "round $round $v: $(python3 "$HERE/summarize.py" --brief "$log")  (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done

python3 "$HERE/summarize.py" --logs "$OUT/logs" --rounds "$ROUNDS" --variants "$VARIANTS" --files "$FILES" | tee "$OUT/results.md"
echo "== results written to $OUT/results.md"
