#!/usr/bin/env bash
# The sparse case (README.md, "The sparse case"): what the IPSEC analyzers cost a large ordinary code base that uses
# IpsecSdk in one file. One command on a fresh clone: builds src/Analyzers and src/Sdk once (Release), generates the code
# base (sparse.py), measures interleaved rounds of {clean, findings} x {with, without the IPSEC analyzers}, CA5350/CA5351
# at warning in all, cold and with a compiler server, then the in-process benchmark against an empty analyzer on the
# sparse project and on run.sh's dense project, and prints the report (also in $OUT/sparse-results.md).
# Usage: benchmarks/analyzer-cost/sparse.sh
#   environment: FILES=600 ROUNDS=5 MODES="cold server" OUT=/tmp/ipsec-analyzer-cost-sparse
#                ANALYZER_DLL=/path/IpsecSdk.Analyzers.dll (skip building src/Analyzers)
#                SDK_DLL=/path/IpsecSdk.dll (net8.0; skip building src/Sdk)
#                ANALYZER_DLL_B=/path/other/IpsecSdk.Analyzers.dll: a third side, "withb", loads this one in the same
#                rounds (A/B of a patch; paired against "without" like "with")
#                INPROC=1 (0: builds only) RUNS=6 (in-process runs; run 1 cold, 2..RUNS warm)
#                DENSE_FILES=2000 DENSE_PROJECT=strong (generate.py's all-strong consumer; or ipsec)
set -euo pipefail

FILES=${FILES:-600}
ROUNDS=${ROUNDS:-5}
MODES=${MODES:-"cold server"}
OUT=${OUT:-/tmp/ipsec-analyzer-cost-sparse}
export OUT  # inproc.sh reads it
INPROC=${INPROC:-1}
RUNS=${RUNS:-6}
DENSE_FILES=${DENSE_FILES:-2000}
DENSE_PROJECT=${DENSE_PROJECT:-strong}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export PYTHONDONTWRITEBYTECODE=1  # the scripts import each other: no __pycache__ in the work tree

# shellcheck source=common.sh
. "$HERE/common.sh"
build_inputs

echo "== generating the sparse code base ($FILES ordinary files + 1 policy file) in $OUT/sparse"
python3 "$HERE/sparse.py" --out "$OUT/sparse" --files "$FILES" --sdk-dll "$SDK_DLL" --analyzer-dll "$ANALYZER_DLL"
write_configs
SIDES="with without"
if [ -n "${ANALYZER_DLL_B:-}" ]; then SIDES="with withb without"; fi

# Our own compiler server, on a pipe of its own: a server that another build on the machine started is neither used nor
# counted (timed.py counts the CPU of this pipe's server only), and ours is ended by its process id, nothing else.
PIPE="ipsecsparse$$"
server_pids() { pgrep -f -- "-pipename:$PIPE( |$)" || true; }
stop_server() {
  local pid
  for pid in $(server_pids); do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 50); do [ -z "$(server_pids)" ] && return 0; sleep 0.2; done
  echo "warning: the compiler server on $PIPE did not exit" >&2
}
trap stop_server EXIT

# build <log> <project folder> <mode> <side>: one build, timed (timed.py), its log detailed with the performance summary.
build() {
  local log=$1 project=$2 mode=$3 side=$4
  local args=(dotnet build "$project" --no-restore -nologo -v:q -nodeReuse:false -p:ReportAnalyzer=true -p:AnalysisMode=None)
  case $side in
    with) args+=("-p:BenchConfig=$OUT/measure.globalconfig") ;;
    withb) args+=("-p:BenchConfig=$OUT/measure.globalconfig" "-p:IpsecAnalyzerPath=$ANALYZER_DLL_B") ;;
    without) args+=("-p:BenchConfig=$OUT/ca-only.globalconfig" -p:WithIpsecAnalyzers=false) ;;
    *) echo "unknown side $side" >&2; exit 2 ;;
  esac
  case $mode in
    # csc started as a tool by the build, a child process: its CPU is in the build's getrusage(RUSAGE_CHILDREN).
    cold) args+=(-p:UseSharedCompilation=false) ;;
    # The compile runs in the server, which is not a child of the build: timed.py adds the server's CPU during the build.
    server) args+=(-p:UseSharedCompilation=true "-p:SharedCompilationId=$PIPE") ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  args+=("-flp:logfile=$log;verbosity=detailed;performancesummary")
  if ! python3 "$HERE/timed.py" "$log.time" --server-pipe "$PIPE" -- "${args[@]}" > "$log.out"; then
    echo "build failed: ${args[*]}" >&2
    grep -E ": error " "$log.out" | head -20 >&2 || cat "$log.out" >&2
    exit 1
  fi
  cat "$log.time" >> "$log" && rm -f "$log.time" "$log.out"
}

clean_outputs() {  # build outputs removed, restore results kept
  rm -rf "${1:?}/bin" "$1/obj/Debug"
}

mkdir -p "$OUT/logs"
rm -f "$OUT"/logs/*.log
for p in clean findings; do dotnet restore "$OUT/sparse/$p" -nologo -v:q; done

echo "== $ROUNDS rounds of {clean, findings} x {$SIDES}, modes: $MODES  (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for round in $(seq 1 "$ROUNDS"); do
  for mode in $MODES; do
    order=()
    for p in clean findings; do for s in $SIDES; do order+=("$p:$s"); done; done
    # Every other round in reverse order (ABBA), so that neither side is always first after a warm-up or a pause.
    if [ $((round % 2)) -eq 0 ]; then
      mapfile -t order < <(printf '%s\n' "${order[@]}" | tac)
    fi
    if [ "$mode" = server ]; then
      # A fresh server per round, warmed by one untimed build (it loads and JIT-compiles the compiler, the references and
      # both analyzer assemblies); then kept, with bin/obj cleaned between builds.
      stop_server
      clean_outputs "$OUT/sparse/clean"
      build "$OUT/logs/warmup-r$round.log" "$OUT/sparse/clean" server with
      echo "round $round server: warm-up build done (server pid $(server_pids | tr '\n' ' '))"
    fi
    for entry in "${order[@]}"; do
      project=${entry%%:*}
      side=${entry#*:}
      clean_outputs "$OUT/sparse/$project"
      # Cold: no compiler server left over from anything (as run.sh), and csc as a tool (build()).
      if [ "$mode" = cold ]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
      log="$OUT/logs/r$round-$mode-$project-$side.log"
      build "$log" "$OUT/sparse/$project" "$mode" "$side"
      echo "round $round $mode $project $side: $(python3 "$HERE/summarize_sparse.py" --brief "$log")  (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    if [ "$mode" = server ]; then stop_server; fi
  done
done

rm -f "$OUT/inproc-sparse.txt" "$OUT/inproc-dense.txt"
if [ "$INPROC" = 1 ]; then
  first_mode=${MODES%% *}
  echo "== in-process against an empty analyzer: the sparse project (clean), $RUNS runs"
  files=$(sed -n 's/^files=//p' "$OUT/sparse/facts.txt")
  LOG="$OUT/logs/r1-$first_mode-clean-with.log" PROJECT="$OUT/sparse/clean" RUNS="$RUNS" EMPTY=1 UNITS="$files" \
    UNIT=file RESULT="$OUT/inproc-sparse.txt" "$HERE/inproc.sh"

  echo "== in-process against an empty analyzer: the dense project (generate.py $DENSE_PROJECT/, $DENSE_FILES files), $RUNS runs"
  python3 "$HERE/generate.py" --out "$OUT/dense" --files "$DENSE_FILES" --sdk-dll "$SDK_DLL" --analyzer-dll "$ANALYZER_DLL"
  dotnet restore "$OUT/dense/$DENSE_PROJECT" -nologo -v:q
  # One untimed build, only for the exact csc command line (references, defines) that inproc/ compiles with.
  dotnet build-server shutdown >/dev/null 2>&1 || true
  build "$OUT/logs/dense-$DENSE_PROJECT.log" "$OUT/dense/$DENSE_PROJECT" cold with
  # SDK call sites as generate.py counts them (the judged choices of each chain and each proposal record; README).
  sites=$(( DENSE_FILES * $(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import generate; print(generate.SITES_PER_FILE)' "$HERE") ))
  LOG="$OUT/logs/dense-$DENSE_PROJECT.log" PROJECT="$OUT/dense/$DENSE_PROJECT" RUNS="$RUNS" EMPTY=1 UNITS="$sites" \
    UNIT="SDK call site" RESULT="$OUT/inproc-dense.txt" "$HERE/inproc.sh"
fi

echo
python3 "$HERE/summarize_sparse.py" --out "$OUT" --rounds "$ROUNDS" --modes "$MODES" --sides "$SIDES" --analyzer "$ANALYZER_DLL" \
  | tee "$OUT/sparse-results.md"
echo "== results written to $OUT/sparse-results.md"
