#!/usr/bin/env bash
# A/B of analyzer builds on one measured compile: replays it single-threaded (replay.sh) with each given analyzer
# assembly in turn, interleaved over ROUNDS rounds, and prints each assembly's IPSEC and CA5350/CA5351 times with the
# median. Interleaving spreads the machine's drifting load over all candidates; single replays vary by ±20 % here.
# Usage: benchmarks/analyzer-cost/ab.sh A.dll B.dll ...   (environment: OUT=/tmp/ipsec-analyzer-cost VARIANT=V6 ROUND=1 ROUNDS=5
#                                                          PARALLEL=1, see replay.sh)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-5}
[ $# -ge 1 ] || { echo "usage: $0 analyzer.dll [analyzer.dll ...]" >&2; exit 2; }
results=$(mktemp)
for round in $(seq "$ROUNDS"); do
  for dll in "$@"; do
    out=$(ANALYZER_DLL="$dll" TIMES=1 "$HERE/replay.sh")
    ipsec=$(echo "$out" | awk '/IpsecSdk\.Analyzers, Version/ {print $1}')
    ca=$(echo "$out" | awk '/DoNotUseInsecureCryptographicAlgorithmsAnalyzer/ {print $1}')
    [ -n "$ipsec" ] || { echo "no IPSEC line in the replay with $dll:" >&2; echo "$out" >&2; exit 1; }
    echo "$dll $ipsec ${ca:-<0.001}" >> "$results"
    echo "round $round: $dll IPSEC ${ipsec}s CA5350+CA5351 ${ca}s"
  done
done
python3 - "$results" "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def seconds(text):
    return 0.0 if text.startswith("<") else float(text)
print("\n| analyzer assembly | IPSEC median (s) | IPSEC range (s) | CA5350+CA5351 median (s) |")
print("|---|---|---|---|")
for dll in sys.argv[2:]:
    ipsec = [seconds(r[1]) for r in rows if r[0] == dll]
    ca = [seconds(r[2]) for r in rows if r[0] == dll and len(r) > 2]
    print("| {} | {:.3f} | {:.3f}–{:.3f} | {} |".format(dll, statistics.median(ipsec), min(ipsec), max(ipsec),
          "{:.3f}".format(statistics.median(ca)) if ca else "–"))
PY
rm -f "$results"
