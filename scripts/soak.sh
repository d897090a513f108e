#!/usr/bin/env bash
# scripts/soak.sh [--minutes N] [SOAK OPTIONS...] — the soak test: opt-in,
# bounded (default 20 minutes), never part of scripts/test.sh.
#
# `rsvpd run` (release build) against a private Postfix + Dovecot on
# 127.0.0.1 with a steady stream of replies (one every 2 s, each with a
# unique Message-ID, from a pool of 300 families), Dovecot stopped for 10 s
# every 4 minutes and Postfix for 5 s every 6 minutes. At the end it waits
# for the queues to drain and reports replies sent vs recorded, duplicates,
# confirmations per reply and RSS over time; exits non-zero if a reply was
# lost or doubled, a confirmation went out twice, or the daemon died.
#
# Options (passed to benches/soak.rs):
#   --minutes N            length of the reply stream (20)
#   --reply-every-ms N     2000
#   --families N           300
#   --dovecot-every S      240     --dovecot-outage S   10
#   --postfix-every S      360     --postfix-outage S   5
#   --keep                 keep the stack, the daemon's database and its log
#
# Needs root (the stack; Maildir checks). Stops and deletes its stack at
# the end, also on failure or Ctrl-C.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
MAILSTACK=$ROOT/scripts/mailstack
if [ -d "$HOME/.cargo/bin" ]; then PATH=$HOME/.cargo/bin:$PATH; fi

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2; }
MINUTES=20 KEEP=
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=${2:?}; shift 2 ;;
    --keep) KEEP=1; export RSVPD_BENCH_KEEP=1; shift ;;
    --reply-every-ms|--families|--dovecot-every|--dovecot-outage|--postfix-every|--postfix-outage)
      ARGS+=("$1" "${2:?}"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "soak.sh: unknown argument: $1" >&2; usage ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "soak.sh: must run as root (the mail stack and the Maildir checks need it)" >&2; exit 1; }

STACK_DIR=""
finish() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STACK_DIR" ]; then
    if [ $rc != 0 ] && [ -d "$STACK_DIR" ]; then
      for log in postfix/postfix.log dovecot/dovecot.log; do
        [ ! -f "$STACK_DIR/$log" ] || { printf '\n--- last lines of %s\n' "$log" >&2; tail -n 15 "$STACK_DIR/$log" >&2; }
      done
    fi
    if [ -n "$KEEP" ]; then echo "soak.sh: stack kept in $STACK_DIR (stop: scripts/mailstack/stop.sh $STACK_DIR --purge)"
    else "$MAILSTACK/stop.sh" "$STACK_DIR" --fast --purge >/dev/null 2>&1 || true; fi
  fi
  [ $rc = 0 ] || echo "soak.sh: FAILED (exit $rc)" >&2
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> building (release)"
cargo build --release --locked --bin rsvpd
cargo bench --locked --no-run --bench soak 2>&1 | grep -v '^ *Executable' || true

echo "==> starting a private mail stack"
STACK_DIR=$(mktemp -d /tmp/rsvpd-soak-XXXXXX)
MAILSTACK_AUTO_PORTS=1 "$MAILSTACK/start.sh" "$STACK_DIR" >/dev/null
export RSVPD_MAILSTACK=$STACK_DIR/mailstack.env
export RSVPD_BIN=$ROOT/target/release/rsvpd
printf '==> soak: %s min on %s cores, load average %s\n' "$MINUTES" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
# The stream, plus drain time, plus setup: a hard bound on the whole run.
timeout --kill-after=30 "$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 + 600 }')" \
  cargo bench --locked --bench soak -- --minutes "$MINUTES" "${ARGS[@]}"
printf '==> load average at the end %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
