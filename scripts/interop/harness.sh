#!/usr/bin/env bash
# Interoperability harness: two strongSwan daemons in two private network namespaces negotiate IKEv2.
#
#   harness.sh run <tag> <workdir> <initiator: windows|peer> <windows.conf> <peer.conf> <connection> <child>
#   harness.sh load <tag> <workdir> <swanctl.conf>    (one daemon: does strongSwan accept the configuration?)
#   harness.sh cleanup <tag>
#
# "windows" plays the Windows host: its connections section is generated from an IpsecSdk policy, so it
# offers exactly the proposals a Windows host with that policy offers. "peer" is the non-Windows peer.
# Both *.conf files hold a swanctl `connections { ... }` section; this script adds credentials.
#
# Network: namespaces ipsecsdk-<tag>-w / -p joined by a veth pair, addresses from the documentation range
# 192.0.2.0/24 only (outer 192.0.2.1/30 <-> 192.0.2.2/30; inner hosts 192.0.2.65 and 192.0.2.97 on lo).
# No default route exists in either namespace, so no packet can leave them.
#
# The kernel here has no ESP/AEAD xfrm support, so charon uses the userspace kernel-libipsec plugin:
# tunnel mode with UDP encapsulation only (no transport mode).
#
# Output (stdout), one fact per line for the C# test to parse:
#   HARNESS initiate=ok|failed initiate_ms=<n>
#   HARNESS notify=<NOTIFY_NAME>               (every error notify the initiator received)
#   HARNESS rekey=ok|failed                    (successful initiation only: child rekeyed to prove PFS)
#   HARNESS ping=ok|failed                     (successful initiation only: ICMP through the tunnel)
#   SAS-BEGIN <side> ... raw `swanctl --list-sas --raw` ... SAS-END
#   HARNESS total_ms=<n>
# Everything the script creates is removed on exit, also on failure or SIGTERM.
set -euo pipefail

readonly WIN_OUTER=192.0.2.1 PEER_OUTER=192.0.2.2 WIN_INNER=192.0.2.65 PEER_INNER=192.0.2.97
readonly STEP_TIMEOUT=15

now_ms() { date +%s%3N; }

cleanup() {
  local tag=$1 dir=${2:-}
  if [ -n "$dir" ]; then
    for side in windows peer; do
      if [ -f "$dir/$side/charon.pid" ]; then
        local pid
        pid=$(cat "$dir/$side/charon.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
      fi
    done
  fi
  # Deleting the namespaces also ends anything still running inside them only once its processes exit,
  # so the daemons are stopped first; any process left in a namespace is killed by its pid here.
  for ns in "ipsecsdk-$tag-w" "ipsecsdk-$tag-p"; do
    if ip netns list | grep -qw "$ns"; then
      for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
      ip netns delete "$ns" 2>/dev/null || true
    fi
  done
}

write_strongswan_conf() {
  local dir=$1 side=$2
  cat >"$dir/strongswan.conf" <<EOF
charon-systemd {
  load = random nonce openssl pem pkcs1 pkcs8 x509 revocation constraints pubkey gcm aes sha1 sha2 md5 hmac kdf gmp kernel-libipsec kernel-netlink socket-default vici
  retransmit_tries = 2
  retransmit_timeout = 1.0
  install_virtual_ip = no
  journal {
    default = -1
  }
  filelog {
    $side {
      path = $dir/charon.log
      default = 1
      ike = 2
      cfg = 2
      flush_line = yes
    }
  }
  plugins {
    vici {
      socket = unix://$dir/charon.vici
    }
    revocation {
      enable_ocsp = no
    }
  }
}
swanctl {
  load = pem pkcs1 pkcs8 x509 openssl
}
EOF
}

make_certs() {
  local dir=$1
  # pki reads strongswan.conf too: give it its own plugin list instead of the system one.
  printf 'pki {\n  load = random nonce openssl pem pkcs1 pkcs8 x509 gmp sha1 sha2\n}\n' >"$dir/pki.conf"
  export STRONGSWAN_CONF="$dir/pki.conf"
  local subject="C=DE, O=IpsecSdk Interop"
  pki --gen --type ecdsa --size 384 --outform pem >"$dir/ca.key"
  pki --self --ca --lifetime 2 --in "$dir/ca.key" --type ecdsa --digest sha384 \
    --dn "$subject, CN=IpsecSdk Interop CA" --outform pem >"$dir/ca.pem"
  pki --signcrl --cacert "$dir/ca.pem" --cakey "$dir/ca.key" --lifetime 2 --digest sha384 --outform pem >"$dir/ca.crl"
  for side in windows peer; do
    pki --gen --type ecdsa --size 384 --outform pem >"$dir/$side/swanctl/ecdsa/$side.key"
    pki --pub --in "$dir/$side/swanctl/ecdsa/$side.key" --type ecdsa |
      pki --issue --lifetime 2 --cacert "$dir/ca.pem" --cakey "$dir/ca.key" --digest sha384 \
        --dn "$subject, CN=$side.interop.test" --san "$side.interop.test" --outform pem \
        >"$dir/$side/swanctl/x509/$side.pem"
    cp "$dir/ca.pem" "$dir/$side/swanctl/x509ca/ca.pem"
    # An (empty) CRL, so policies that require revocation checking (revocation = strict) can pass.
    cp "$dir/ca.crl" "$dir/$side/swanctl/x509crl/ca.crl"
  done
  unset STRONGSWAN_CONF
}

start_side() {
  local dir=$1 side=$2 ns=$3 conf=$4
  mkdir -p "$dir/$side/swanctl/"{x509,x509ca,x509crl,ecdsa}
  write_strongswan_conf "$dir/$side" "$side"
  cp "$conf" "$dir/$side/swanctl/swanctl.conf"
}

launch_side() {
  local dir=$1 side=$2 ns=$3
  STRONGSWAN_CONF="$dir/$side/strongswan.conf" ip netns exec "$ns" /usr/sbin/charon-systemd \
    >"$dir/$side/charon.stdout" 2>&1 &
  echo $! >"$dir/$side/charon.pid"
}

swanctl_side() {
  local dir=$1 side=$2 command=$3
  shift 3
  # swanctl takes the command first; options such as --uri only after it.
  STRONGSWAN_CONF="$dir/$side/strongswan.conf" SWANCTL_DIR="$dir/$side/swanctl" \
    timeout "$STEP_TIMEOUT" swanctl "$command" --uri "unix://$dir/$side/charon.vici" "$@"
}

wait_for_socket() {
  local dir=$1 side=$2
  for _ in $(seq 1 100); do
    if [ -S "$dir/$side/charon.vici" ] && swanctl_side "$dir" "$side" --stats >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.05
  done
  echo "harness: FAIL: charon ($side) did not answer on its vici socket; log:" >&2
  cat "$dir/$side/charon.stdout" "$dir/$side/charon.log" >&2 2>/dev/null || true
  return 1
}

run() {
  TAG=$1 DIR=$2
  local tag=$1 dir=$2 initiator=$3 win_conf=$4 peer_conf=$5 conn=$6 child=$7
  local ns_w="ipsecsdk-$tag-w" ns_p="ipsecsdk-$tag-p" start
  start=$(now_ms)
  case "$initiator" in windows | peer) ;; *) echo "harness: initiator must be windows or peer, got '$initiator'" >&2; exit 64 ;; esac
  [[ "$tag" =~ ^[a-z0-9]{1,8}$ ]] || { echo "harness: tag must be 1-8 lowercase letters/digits, got '$tag'" >&2; exit 64; }
  [ "$(id -u)" -eq 0 ] || { echo "harness: FAIL: must run as root (network namespaces)" >&2; exit 2; }
  for tool in ip ping pki swanctl /usr/sbin/charon-systemd; do
    command -v "$tool" >/dev/null || { echo "harness: FAIL: $tool missing; run scripts/interop/setup.sh" >&2; exit 3; }
  done

  trap 'cleanup "$TAG" "$DIR"' EXIT
  trap 'exit 143' TERM INT
  mkdir -p "$dir"

  ip netns add "$ns_w"
  ip netns add "$ns_p"
  ip link add "ipsw$tag" netns "$ns_w" type veth peer name "ipsp$tag" netns "$ns_p"
  ip -n "$ns_w" addr add "$WIN_OUTER/30" dev "ipsw$tag"
  ip -n "$ns_p" addr add "$PEER_OUTER/30" dev "ipsp$tag"
  ip -n "$ns_w" addr add "$WIN_INNER/32" dev lo
  ip -n "$ns_p" addr add "$PEER_INNER/32" dev lo
  for ns in "$ns_w" "$ns_p"; do
    ip -n "$ns" link set lo up
  done
  ip -n "$ns_w" link set "ipsw$tag" up
  ip -n "$ns_p" link set "ipsp$tag" up

  start_side "$dir" windows "$ns_w" "$win_conf"
  start_side "$dir" peer "$ns_p" "$peer_conf"
  make_certs "$dir"
  launch_side "$dir" windows "$ns_w"
  launch_side "$dir" peer "$ns_p"
  wait_for_socket "$dir" windows
  wait_for_socket "$dir" peer
  swanctl_side "$dir" windows --load-all --noprompt >"$dir/windows/load.out" 2>&1 ||
    { echo "harness: FAIL: loading the windows-side config:" >&2; cat "$dir/windows/load.out" >&2; exit 5; }
  swanctl_side "$dir" peer --load-all --noprompt >"$dir/peer/load.out" 2>&1 ||
    { echo "harness: FAIL: loading the peer config:" >&2; cat "$dir/peer/load.out" >&2; exit 5; }

  local t0 t1 result=ok
  t0=$(now_ms)
  swanctl_side "$dir" "$initiator" --initiate --ike "$conn" --child "$child" --timeout 10 \
    >"$dir/initiate.out" 2>&1 || result=failed
  t1=$(now_ms)
  echo "HARNESS initiate=$result initiate_ms=$((t1 - t0))"
  grep -ohE 'received [A-Z_0-9]+ (notify error|error notify)' "$dir/$initiator/charon.log" "$dir/initiate.out" 2>/dev/null |
    awk '{print "HARNESS notify=" $2}' | sort -u || true

  if [ "$result" = ok ]; then
    # The CHILD_SA created with IKE_AUTH never runs a key exchange; a rekey does, and shows the PFS group.
    if swanctl_side "$dir" "$initiator" --rekey --child "$child" >"$dir/rekey.out" 2>&1; then
      sleep 0.3
      echo "HARNESS rekey=ok"
    else
      echo "HARNESS rekey=failed"
    fi
    local src=$WIN_INNER dst=$PEER_INNER ns=$ns_w
    if [ "$initiator" = peer ]; then src=$PEER_INNER dst=$WIN_INNER ns=$ns_p; fi
    if ip netns exec "$ns" timeout "$STEP_TIMEOUT" ping -n -c 2 -i 0.2 -W 2 -I "$src" "$dst" >"$dir/ping.out" 2>&1; then
      echo "HARNESS ping=ok"
    else
      echo "HARNESS ping=failed"
    fi
  fi
  for side in windows peer; do
    echo "SAS-BEGIN $side"
    swanctl_side "$dir" "$side" --list-sas --raw 2>&1 || true
    echo "SAS-END $side"
  done
  if [ "${HARNESS_VERBOSE:-0}" = 1 ]; then
    for side in windows peer; do echo "LOG-BEGIN $side"; cat "$dir/$side/charon.log"; echo "LOG-END $side"; done
  fi
  echo "HARNESS total_ms=$(($(now_ms) - start))"
}

# Starts one daemon ("windows" side, one namespace) and loads a configuration; prints swanctl's answer.
load_only() {
  TAG=$1 DIR=$2
  local tag=$1 dir=$2 conf=$3 ns_w="ipsecsdk-$1-w" result=ok
  [[ "$tag" =~ ^[a-z0-9]{1,8}$ ]] || { echo "harness: tag must be 1-8 lowercase letters/digits, got '$tag'" >&2; exit 64; }
  [ "$(id -u)" -eq 0 ] || { echo "harness: FAIL: must run as root (network namespaces)" >&2; exit 2; }
  trap 'cleanup "$TAG" "$DIR"' EXIT
  trap 'exit 143' TERM INT
  mkdir -p "$dir" "$dir/peer/swanctl/"{x509,x509ca,x509crl,ecdsa}
  ip netns add "$ns_w"
  ip -n "$ns_w" link set lo up
  start_side "$dir" windows "$ns_w" "$conf"
  make_certs "$dir"
  launch_side "$dir" windows "$ns_w"
  wait_for_socket "$dir" windows
  swanctl_side "$dir" windows --load-all --noprompt >"$dir/windows/load.out" 2>&1 || result=failed
  echo "LOAD-BEGIN"
  cat "$dir/windows/load.out"
  # charon logs each loaded connection as it parsed it (proposals, traffic selectors).
  sed -nE 's/^[0-9]+\[CFG\] +(proposals|local_ts|remote_ts|mode|version) = /  parsed \1 = /p' "$dir/windows/charon.log"
  echo "LOAD-END"
  echo "HARNESS load=$result"
}

case "${1:-}" in
  load)
    [ $# -eq 4 ] || { echo "usage: $0 load <tag> <workdir> <swanctl.conf>" >&2; exit 64; }
    shift
    load_only "$@"
    ;;
  run)
    [ $# -eq 8 ] || { echo "usage: $0 run <tag> <workdir> <windows|peer> <windows.conf> <peer.conf> <connection> <child>" >&2; exit 64; }
    shift
    run "$@"
    ;;
  cleanup)
    [ $# -eq 2 ] || { echo "usage: $0 cleanup <tag>" >&2; exit 64; }
    cleanup "$2"
    ;;
  *)
    echo "usage: $0 run ... | cleanup <tag>" >&2
    exit 64
    ;;
esac
