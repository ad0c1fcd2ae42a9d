#!/usr/bin/env bash
# Installs the strongSwan packages (and ping) the interoperability harness needs (Debian/Ubuntu, as root).
# Idempotent: does nothing when every package is already installed.
# Exit codes: 0 ready, 2 not root, 3 apt-get missing, 4 install failed.
set -euo pipefail

# libstrongswan-standard-plugins is only "Recommended" by libstrongswan, but it carries the openssl and
# gcm plugins (ECDSA, ECDH P-384, AES-GCM): without it the harness cannot negotiate its proposals, so it
# is listed explicitly rather than relying on apt's recommends setting.
# iputils-ping sends the test traffic through the negotiated tunnel.
packages=(strongswan-swanctl charon-systemd strongswan-pki libcharon-extra-plugins libstrongswan-standard-plugins iputils-ping)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: strongSwan packages already installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: FAIL: must run as root to install: ${missing[*]}" >&2
  exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: FAIL: apt-get not found; install by hand: ${missing[*]}" >&2
  exit 3
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq || ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "setup: FAIL: apt-get could not install ${missing[*]}" >&2
  exit 4
fi
echo "setup: installed"
