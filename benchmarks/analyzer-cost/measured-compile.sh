# shellcheck shell=bash
# Sourced by replay.sh, profile.sh and inproc.sh: the csc invocation of one build measured by run.sh (or sparse.sh).
# In: OUT, VARIANT, ROUND, optional ANALYZER_DLL (an analyzer assembly to use instead of the measured one), $1 = the name
# of the response file to write under OUT; optional LOG and PROJECT (a build log and its project folder, for builds that
# are not run.sh's r<ROUND>-<VARIANT>.log, e.g. sparse.sh's).
# Out: csc_dll (the compiler), roslyn (its directory), rsp (its arguments, analyzer swapped), project (the consumer).
# shellcheck disable=SC2034  # the outputs are used by the scripts that source this one
log=${LOG:-"$OUT/logs/r$ROUND-$VARIANT.log"}
[ -f "$log" ] || { echo "no $log: run run.sh first" >&2; exit 2; }

# The Csc task logs the full command line at detailed verbosity: "<sdk>/Roslyn/bincore/csc <arguments>".
line=$(grep -m1 -E "/Roslyn/bincore/csc /noconfig" "$log")
csc="$(echo "$line" | grep -oE '/\S+/Roslyn/bincore/csc')"
csc_dll="$csc.dll"
roslyn=$(dirname "$csc")
rsp="$OUT/$1"
echo "$line" | sed -E 's#^ *\S+/Roslyn/bincore/csc ##' > "$rsp"
if [ -n "${ANALYZER_DLL:-}" ]; then
  sed -i -E "s#/analyzer:\S*IpsecSdk\.Analyzers\.dll#/analyzer:$ANALYZER_DLL#" "$rsp"
fi
project=${PROJECT:-"$OUT/$(case "${VARIANT%b}" in V2|V3) echo plain ;; V6|V7) echo strong ;; *) echo ipsec ;; esac)"}
