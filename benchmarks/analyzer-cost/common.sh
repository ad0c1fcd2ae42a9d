# shellcheck shell=bash
# Sourced by run.sh and sparse.sh: what both measurements share, so that they build, configure and time alike.
# In: HERE (this folder), REPO, OUT; optional ANALYZER_DLL, SDK_DLL (already built assemblies: their build is skipped).
# Out: build_inputs (sets ANALYZER_DLL and SDK_DLL), write_configs, and IPSEC_RULES / CA_RULES.

build_inputs() {
  echo "== building the analyzer and the SDK once (Release)"
  if [ -z "${ANALYZER_DLL:-}" ]; then
    dotnet build "$REPO/src/Analyzers" -c Release -nologo -v:q
    ANALYZER_DLL="$REPO/src/Analyzers/bin/Release/netstandard2.0/IpsecSdk.Analyzers.dll"
  fi
  if [ -z "${SDK_DLL:-}" ]; then
    dotnet build "$REPO/src/Sdk" -c Release -f net8.0 -nologo -v:q
    SDK_DLL="$REPO/src/Sdk/bin/Release/net8.0/IpsecSdk.dll"
  fi
  for dll in "$ANALYZER_DLL" "$SDK_DLL" ${ANALYZER_DLL_B:+"$ANALYZER_DLL_B"}; do
    [ -f "$dll" ] || { echo "no such assembly: $dll" >&2; exit 2; }
  done
}

# Severities per variant. AnalysisMode=None as well: 'dotnet_analyzer_diagnostic.severity = none' alone still
# runs ~25 default NetAnalyzers (hidden). IPSEC rules at warning (suggestion-level rules are skipped by builds).
config() {  # config <name> <rule lines...>: a global analyzer config with everything else off
  local name=$1; shift
  printf '%s\n' "is_global = true" "dotnet_analyzer_diagnostic.severity = none" "$@" > "$OUT/$name.globalconfig"
}

# Both sides by rule ID, as CA5350/CA5351 are: a category line would make Roslyn look each IPSEC diagnostic up in its
# bulk-configuration cache (a lock per diagnostic) that the CA diagnostics never pass through.
mapfile -t IPSEC_RULES < <(grep -oE '^IPSEC[0-9]+' "$REPO/src/Analyzers/AnalyzerReleases.Unshipped.md" | sed 's/.*/dotnet_diagnostic.&.severity = warning/')
CA_RULES=("dotnet_diagnostic.CA5350.severity = warning" "dotnet_diagnostic.CA5351.severity = warning")

write_configs() {  # $OUT/{measure,ca-only,ipsec-only,off}.globalconfig
  config measure "${IPSEC_RULES[@]}" "${CA_RULES[@]}"
  config ca-only "${CA_RULES[@]}"
  config ipsec-only "${IPSEC_RULES[@]}"
  config off
}
