#!/usr/bin/env bash
# Regenerates src/Sdk's PublicAPI.Unshipped.txt files from the code (the RS0016/RS0017 guard of
# Microsoft.CodeAnalysis.PublicApiAnalyzers). Run it after adding, changing or removing public API,
# review the diff, commit. Shipped files are never touched: moving lines from Unshipped to Shipped
# is a release step.
#
# How: empty the Unshipped files, build each target framework with RS0016 as a plain warning, and
# collect the symbols the analyzer reports (its message carries the exact line the file needs).
# Lines every TFM reports go to src/Sdk/PublicAPI.Unshipped.txt; lines only one TFM has go to
# src/Sdk/PublicAPI/<tfm>/PublicAPI.Unshipped.txt (created only where the APIs differ).
# A final build with warnings as errors proves the files are complete.
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/Sdk/Sdk.csproj
dir=src/Sdk
header='#nullable enable'
tfms=$(dotnet msbuild "$project" -getProperty:TargetFrameworks | tr ';' ' ')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%s\n' "$header" > "$dir/PublicAPI.Unshipped.txt"
for tfm in $tfms; do
    if [[ -f "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt" ]]; then
        printf '%s\n' "$header" > "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
    fi
done

for tfm in $tfms; do
    echo "Collecting the public API of $tfm ..."
    # RS0016 stays a warning here so the build runs to the end and reports every missing symbol.
    dotnet build "$project" -f "$tfm" --no-incremental -nologo -nodeReuse:false \
        -p:TreatWarningsAsErrors=false > "$work/$tfm.log" || {
        cat "$work/$tfm.log"; echo "Build of $tfm failed for another reason than the public API." >&2; exit 1; }
    sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$work/$tfm.log" \
        | LC_ALL=C sort -u > "$work/$tfm.api"
done

# Common lines: those every TFM reports.
first=1
for tfm in $tfms; do
    if [[ $first == 1 ]]; then cp "$work/$tfm.api" "$work/common.api"; first=0
    else LC_ALL=C comm -12 "$work/common.api" "$work/$tfm.api" > "$work/common.next"; mv "$work/common.next" "$work/common.api"; fi
done
{ printf '%s\n' "$header"; cat "$work/common.api"; } > "$dir/PublicAPI.Unshipped.txt"

for tfm in $tfms; do
    LC_ALL=C comm -23 "$work/$tfm.api" "$work/common.api" > "$work/$tfm.only"
    target="$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
    if [[ -s "$work/$tfm.only" ]]; then
        mkdir -p "$(dirname "$target")"
        { printf '%s\n' "$header"; cat "$work/$tfm.only"; } > "$target"
        echo "$tfm adds $(wc -l < "$work/$tfm.only") symbol(s) of its own: $target"
    elif [[ -f "$target" && ! -f "$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt" ]]; then
        rm -f "$target"; rmdir --ignore-fail-on-non-empty "$(dirname "$target")" "$dir/PublicAPI" 2>/dev/null || true
    fi
done

echo "Verifying (warnings as errors) ..."
dotnet build "$project" --no-incremental -nologo -nodeReuse:false > "$work/verify.log" || {
    grep -E ': error ' "$work/verify.log" | sort -u >&2 || true
    echo "The verifying build failed (see the errors above: RS00xx ones concern the public API files)." >&2; exit 1; }
echo "Public API files are up to date: $(($(wc -l < "$dir/PublicAPI.Unshipped.txt") - 1)) shared unshipped symbol(s)."
