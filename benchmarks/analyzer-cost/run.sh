#!/usr/bin/env bash
# Measures the IpsecSdk analyzers' compile-time cost against CA5350+CA5351 on generated consumer projects.
# Usage: benchmarks/analyzer-cost/run.sh   (environment: FILES=2000 ROUNDS=5 VARIANTS="V1 V2" OUT=/tmp/ipsec-analyzer-cost)
# Variants (see README.md):
#   V1  consumer WITH IpsecSdk: IPSEC analyzers + CA5350/CA5351 at warning, everything else off
#   V2  consumer WITHOUT IpsecSdk, IPSEC analyzer assembly loaded: same severities (the cost must be ~0)
#   V0  consumer WITH IpsecSdk, no IPSEC analyzer assembly, all rules off (plain compile, for end-to-end deltas)
#   V3  consumer WITHOUT IpsecSdk, no IPSEC analyzer assembly, CA5350/CA5351 at warning (end-to-end delta vs V2)
set -euo pipefail

FILES=${FILES:-2000}
ROUNDS=${ROUNDS:-5}
VARIANTS=${VARIANTS:-"V1 V2"}
OUT=${OUT:-/tmp/ipsec-analyzer-cost}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building the analyzer and the SDK once (Release)"
dotnet build "$REPO/src/Analyzers" -c Release -nologo -v:q
dotnet build "$REPO/src/Sdk" -c Release -f net8.0 -nologo -v:q
SDK_DLL="$REPO/src/Sdk/bin/Release/net8.0/IpsecSdk.dll"
ANALYZER_DLL="$REPO/src/Analyzers/bin/Release/netstandard2.0/IpsecSdk.Analyzers.dll"

echo "== generating $FILES files per consumer in $OUT"
python3 "$HERE/generate.py" --out "$OUT" --files "$FILES" --sdk-dll "$SDK_DLL" --analyzer-dll "$ANALYZER_DLL"

# Severities per variant. AnalysisMode=None as well: 'dotnet_analyzer_diagnostic.severity = none' alone still
# runs ~25 default NetAnalyzers (hidden). IPSEC rules at warning (suggestion-level rules are skipped by builds).
cat > "$OUT/measure.globalconfig" <<'CFG'
is_global = true
dotnet_analyzer_diagnostic.severity = none
dotnet_analyzer_diagnostic.category-IpsecSdk.severity = warning
dotnet_diagnostic.CA5350.severity = warning
dotnet_diagnostic.CA5351.severity = warning
CFG
cat > "$OUT/off.globalconfig" <<'CFG'
is_global = true
dotnet_analyzer_diagnostic.severity = none
CFG

project_of() { case "$1" in V0|V1) echo ipsec ;; V2|V3) echo plain ;; *) echo "unknown variant $1" >&2; exit 2 ;; esac; }
args_of() {
  case "$1" in
    V1|V2) echo "-p:BenchConfig=$OUT/measure.globalconfig" ;;
    V0) echo "-p:BenchConfig=$OUT/off.globalconfig -p:WithIpsecAnalyzers=false" ;;
    V3) echo "-p:BenchConfig=$OUT/measure.globalconfig -p:WithIpsecAnalyzers=false" ;;
  esac
}

mkdir -p "$OUT/logs"
for p in ipsec plain; do dotnet restore "$OUT/$p" -nologo -v:q; done

echo "== $ROUNDS rounds of: $VARIANTS  (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for round in $(seq 1 "$ROUNDS"); do
  for v in $VARIANTS; do
    project="$OUT/$(project_of "$v")"
    # Clean compile every time: build outputs removed (restore results kept), no compiler server left over.
    rm -rf "$project/bin" "$project/obj/Debug"
    dotnet build-server shutdown >/dev/null 2>&1 || true
    log="$OUT/logs/r$round-$v.log"
    start=$(date +%s.%N)
    # shellcheck disable=SC2046
    dotnet build "$project" --no-restore -nologo -v:q -p:ReportAnalyzer=true -p:AnalysisMode=None $(args_of "$v") \
      "-flp:logfile=$log;verbosity=detailed;performancesummary" >/dev/null
    end=$(date +%s.%N)
    echo "wall_seconds=$(echo "$end - $start" | bc)" >> "$log"
    echo "round $round $v: $(python3 "$HERE/summarize.py" --brief "$log")  (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done

python3 "$HERE/summarize.py" --logs "$OUT/logs" --rounds "$ROUNDS" --variants "$VARIANTS" --files "$FILES" | tee "$OUT/results.md"
echo "== results written to $OUT/results.md"
